#include "DavXml.h"

#include <QCoreApplication>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace finalist::sync::davxml {

namespace {

// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DavXml)
};

const QString davNs = QStringLiteral("DAV:");
const QString cardNs = QStringLiteral("urn:ietf:params:xml:ns:carddav");
const QString calNs = QStringLiteral("urn:ietf:params:xml:ns:caldav");
const QString csNs = QStringLiteral("http://calendarserver.org/ns/");

// Writes a request with the usual prefixes declared on its root element.
class Body
{
public:
    Body(const QString& rootNs, const QString& rootName)
        : m_writer(&m_bytes)
    {
        m_writer.writeStartDocument();
        m_writer.writeNamespace(davNs, QStringLiteral("d"));
        m_writer.writeNamespace(cardNs, QStringLiteral("card"));
        m_writer.writeNamespace(calNs, QStringLiteral("cal"));
        m_writer.writeNamespace(csNs, QStringLiteral("cs"));
        m_writer.writeStartElement(rootNs, rootName);
    }
    QXmlStreamWriter& operator*() { return m_writer; }
    QXmlStreamWriter* operator->() { return &m_writer; }
    void empty(const QString& ns, const char* name)
    {
        m_writer.writeEmptyElement(ns, QString::fromLatin1(name));
    }
    QByteArray finish()
    {
        m_writer.writeEndDocument();
        return m_bytes;
    }

private:
    QByteArray m_bytes;
    QXmlStreamWriter m_writer;
};

// "HTTP/1.1 404 Not Found" → 404.
int statusCode(const QString& line)
{
    const QStringList parts = line.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

// XML turns every CRLF into LF on reading; vCard and iCalendar lines end in CRLF.
QByteArray withCrlf(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    text.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
    return text.toUtf8();
}

bool is(const QXmlStreamReader& xml, const QString& ns, const char* name)
{
    return xml.namespaceUri() == ns && xml.name() == QLatin1String(name);
}

// Whether the current element's subtree holds the element; reads to its end.
bool containsElement(QXmlStreamReader& xml, const QString& ns, const char* name)
{
    bool found = false;
    for (int depth = 1; depth > 0 && !xml.atEnd();) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            ++depth;
            found = found || is(xml, ns, name);
        } else if (token == QXmlStreamReader::EndElement) {
            --depth;
        }
    }
    return found;
}

class Parser
{
public:
    Parser(const QByteArray& body, const QUrl& requestUrl)
        : m_xml(body)
        , m_requestUrl(requestUrl)
    {
    }

    Result<DavMultiStatus> parse()
    {
        DavMultiStatus result;
        if (!m_xml.readNextStartElement() || !is(m_xml, davNs, "multistatus"))
            return failure(QStringLiteral("The root element is not DAV:multistatus."));
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, davNs, "response"))
                readResponse(result.resources);
            else if (is(m_xml, davNs, "sync-token"))
                result.syncToken = m_xml.readElementText().trimmed();
            else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return failure(m_xml.errorString());
        return result;
    }

private:
    Error failure(const QString& why) const
    {
        return Error{ Error::Code::Invalid,
                      Texts::tr("The server's answer could not be read."),
                      QStringLiteral("%1 (line %2)").arg(why).arg(m_xml.lineNumber()),
                      {} };
    }

    QUrl resolve(const QString& href) const
    {
        return m_requestUrl.resolved(QUrl(href.trimmed(), QUrl::TolerantMode));
    }

    void readResponse(std::vector<DavResource>& resources)
    {
        QList<QUrl> urls;
        DavResource resource;
        int responseStatus = 0;
        int firstPropstatStatus = 0;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, davNs, "href")) {
                urls << resolve(m_xml.readElementText());
            } else if (is(m_xml, davNs, "status")) {
                responseStatus = statusCode(m_xml.readElementText());
            } else if (is(m_xml, davNs, "propstat")) {
                DavResource found;
                const int status = readPropstat(found);
                if (firstPropstatStatus == 0 || (status >= 200 && status < 300))
                    firstPropstatStatus = status;
                if (status >= 200 && status < 300)
                    merge(resource, found);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        resource.status = responseStatus != 0 ? responseStatus : firstPropstatStatus;
        for (const QUrl& url : urls) {
            resource.url = url;
            resource.href = url.path(QUrl::FullyDecoded);
            resources.push_back(resource);
        }
    }

    // The properties land in `found`; they count only if the status is 2xx.
    int readPropstat(DavResource& found)
    {
        int status = 0;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, davNs, "prop"))
                readProp(found);
            else if (is(m_xml, davNs, "status"))
                status = statusCode(m_xml.readElementText());
            else
                m_xml.skipCurrentElement();
        }
        return status;
    }

    void readProp(DavResource& found)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, davNs, "getetag")) {
                found.etag = m_xml.readElementText().trimmed();
            } else if (is(m_xml, davNs, "displayname")) {
                found.displayName = m_xml.readElementText();
            } else if (is(m_xml, davNs, "resourcetype")) {
                readResourceType(found);
            } else if (is(m_xml, calNs, "supported-calendar-component-set")) {
                readComponents(found);
            } else if (is(m_xml, davNs, "supported-report-set")) {
                found.offersSyncCollection = containsElement(m_xml, davNs, "sync-collection");
            } else if (is(m_xml, davNs, "sync-token")) {
                found.syncToken = m_xml.readElementText().trimmed();
            } else if (is(m_xml, csNs, "getctag")) {
                found.ctag = m_xml.readElementText().trimmed();
            } else if (is(m_xml, cardNs, "address-data") || is(m_xml, calNs, "calendar-data")) {
                found.data = withCrlf(m_xml.readElementText());
            } else {
                readHrefProperty(found);
            }
        }
    }

    void readResourceType(DavResource& found)
    {
        while (m_xml.readNextStartElement()) {
            found.isCollection = found.isCollection || is(m_xml, davNs, "collection");
            found.isAddressBook = found.isAddressBook || is(m_xml, cardNs, "addressbook");
            found.isCalendar = found.isCalendar || is(m_xml, calNs, "calendar");
            m_xml.skipCurrentElement();
        }
    }

    void readComponents(DavResource& found)
    {
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, calNs, "comp"))
                found.components << m_xml.attributes().value(QLatin1String("name")).toString();
            m_xml.skipCurrentElement();
        }
    }

    // Any other property: kept only if its value is a list of DAV:href.
    void readHrefProperty(DavResource& found)
    {
        const QString name = m_xml.name().toString();
        QList<QUrl> urls;
        while (m_xml.readNextStartElement()) {
            if (is(m_xml, davNs, "href"))
                urls << resolve(m_xml.readElementText());
            else
                m_xml.skipCurrentElement();
        }
        if (!urls.isEmpty())
            found.hrefProperties.insert(name, urls);
    }

    static void merge(DavResource& into, const DavResource& from)
    {
        if (!from.etag.isEmpty())
            into.etag = from.etag;
        if (!from.data.isEmpty())
            into.data = from.data;
        if (!from.displayName.isEmpty())
            into.displayName = from.displayName;
        into.isCollection = into.isCollection || from.isCollection;
        into.isAddressBook = into.isAddressBook || from.isAddressBook;
        into.isCalendar = into.isCalendar || from.isCalendar;
        if (!from.components.isEmpty())
            into.components = from.components;
        into.offersSyncCollection = into.offersSyncCollection || from.offersSyncCollection;
        if (!from.syncToken.isEmpty())
            into.syncToken = from.syncToken;
        if (!from.ctag.isEmpty())
            into.ctag = from.ctag;
        into.hrefProperties.insert(from.hrefProperties);
    }

    QXmlStreamReader m_xml;
    QUrl m_requestUrl;
};

} // namespace

QByteArray principalRequest()
{
    Body body(davNs, QStringLiteral("propfind"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body.empty(davNs, "current-user-principal");
    body.empty(davNs, "resourcetype");
    body.empty(cardNs, "addressbook-home-set");
    body.empty(calNs, "calendar-home-set");
    return body.finish();
}

QByteArray collectionsRequest()
{
    Body body(davNs, QStringLiteral("propfind"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body.empty(davNs, "resourcetype");
    body.empty(davNs, "displayname");
    body.empty(calNs, "supported-calendar-component-set");
    body.empty(davNs, "supported-report-set");
    body.empty(davNs, "sync-token");
    body.empty(csNs, "getctag");
    return body.finish();
}

QByteArray etagRequest()
{
    Body body(davNs, QStringLiteral("propfind"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body.empty(davNs, "resourcetype");
    body.empty(davNs, "getetag");
    return body.finish();
}

QByteArray syncCollectionRequest(const QString& token)
{
    Body body(davNs, QStringLiteral("sync-collection"));
    body->writeTextElement(davNs, QStringLiteral("sync-token"), token);
    body->writeTextElement(davNs, QStringLiteral("sync-level"), QStringLiteral("1"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body.empty(davNs, "getetag");
    return body.finish();
}

QByteArray multigetRequest(const QStringList& hrefs, bool addressBook)
{
    Body body(addressBook ? cardNs : calNs,
              addressBook ? QStringLiteral("addressbook-multiget")
                          : QStringLiteral("calendar-multiget"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body.empty(davNs, "getetag");
    body.empty(addressBook ? cardNs : calNs, addressBook ? "address-data" : "calendar-data");
    body->writeEndElement();
    for (const QString& href : hrefs) {
        body->writeTextElement(davNs, QStringLiteral("href"),
                               QString::fromLatin1(QUrl::toPercentEncoding(href, "/")));
    }
    return body.finish();
}

QByteArray mkcolAddressBookRequest(const QString& displayName)
{
    Body body(davNs, QStringLiteral("mkcol"));
    body->writeStartElement(davNs, QStringLiteral("set"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body->writeStartElement(davNs, QStringLiteral("resourcetype"));
    body.empty(davNs, "collection");
    body.empty(cardNs, "addressbook");
    body->writeEndElement();
    body->writeTextElement(davNs, QStringLiteral("displayname"), displayName);
    return body.finish();
}

QByteArray mkcalendarRequest(const QString& displayName, const QStringList& components)
{
    Body body(calNs, QStringLiteral("mkcalendar"));
    body->writeStartElement(davNs, QStringLiteral("set"));
    body->writeStartElement(davNs, QStringLiteral("prop"));
    body->writeTextElement(davNs, QStringLiteral("displayname"), displayName);
    body->writeStartElement(calNs, QStringLiteral("supported-calendar-component-set"));
    for (const QString& component : components) {
        body->writeEmptyElement(calNs, QStringLiteral("comp"));
        body->writeAttribute(QStringLiteral("name"), component);
    }
    return body.finish();
}

Result<DavMultiStatus> parseMultiStatus(const QByteArray& body, const QUrl& requestUrl)
{
    return Parser(body, requestUrl).parse();
}

bool namesPrecondition(const QByteArray& body, const QString& name)
{
    QXmlStreamReader xml(body);
    if (!xml.readNextStartElement() || !is(xml, davNs, "error"))
        return false;
    while (xml.readNextStartElement()) {
        if (xml.namespaceUri() == davNs && xml.name() == name)
            return true;
        xml.skipCurrentElement();
    }
    return false;
}

bool sameCollectionPath(const QString& a, const QString& b)
{
    const auto trimmed = [](QString path) {
        while (path.endsWith(QLatin1Char('/')))
            path.chop(1);
        return path;
    };
    return trimmed(a) == trimmed(b);
}

} // namespace finalist::sync::davxml
