#include "CardPatch.h"

#include "formats/VCard.h"
#include "formats/VCardFields.h"
#include "formats/VCardLines.h"
#include "formats/VCardProperty.h"

#include <QList>
#include <QSet>

namespace finalist::sync {

namespace {

// The content lines of a card, unfolded, with the group each belongs to ("item1").
struct Line
{
    QByteArray text;
    QByteArray group;
    vcard::Property property;
};

QList<Line> linesOf(const QByteArray& card)
{
    QList<Line> lines;
    vcard::Unfolder unfolder;
    vcard::ContentLine done;
    const auto take = [&lines](const vcard::ContentLine& content) {
        Line line{ content.text, {}, {} };
        if (!vcard::parse(content.text, line.property))
            return;
        const qsizetype colon = content.text.indexOf(':');
        const qsizetype dot = content.text.indexOf('.');
        const qsizetype semicolon = content.text.indexOf(';');
        if (dot > 0 && dot < colon && (semicolon < 0 || dot < semicolon))
            line.group = content.text.left(dot).toUpper();
        lines << line;
    };
    for (const QByteArray& written : card.split('\n')) {
        QByteArrayView physical(written);
        if (physical.endsWith('\r'))
            physical.chop(1);
        if (unfolder.add(physical, done))
            take(done);
    }
    if (unfolder.finish(done))
        take(done);
    return lines;
}

bool isFrame(const QByteArray& name)
{
    return name == "BEGIN" || name == "END" || name == "VERSION" || name == "UID"
        || name == "PRODID" || name == "REV";
}

} // namespace

QByteArray cardVersion(const QByteArray& card)
{
    for (const Line& line : linesOf(card)) {
        if (line.property.name == "VERSION")
            return line.property.raw.trimmed();
    }
    return "4.0";
}

QByteArray patchCard(const QByteArray& serverCard, const QByteArray& finalistCard,
                     const QString& uid)
{
    const QList<Line> server = linesOf(serverCard);
    // A group whose property Finalist writes anew goes whole: its label would name nothing.
    QSet<QByteArray> replacedGroups;
    for (const Line& line : server) {
        if (!line.group.isEmpty() && vcard::isUsed(line.property.name))
            replacedGroups.insert(line.group);
    }
    QByteArray kept;
    for (const Line& line : server) {
        if (isFrame(line.property.name) || vcard::isUsed(line.property.name)
            || replacedGroups.contains(line.group))
            continue;
        kept += VCard::fold(line.text);
    }
    QByteArray out;
    for (const Line& line : linesOf(finalistCard)) {
        if (line.property.name == "UID")
            continue;
        if (line.property.name == "END")
            out += kept;
        out += VCard::fold(line.text);
        if (line.property.name == "VERSION")
            out += VCard::fold("UID:" + uid.toUtf8());
    }
    return out;
}

} // namespace finalist::sync
