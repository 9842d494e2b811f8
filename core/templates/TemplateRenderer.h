#pragma once

#include <optional>
#include <QHash>
#include <QString>
#include <QStringList>

namespace finalist {

// Where a template is wrong, counted from 1 as an editor shows it.
struct TemplateProblem
{
    int line = 0;
    int column = 0;
    QString message;
};

struct RenderedText
{
    QString text;
    QStringList missing; // placeholders that had no value; each left a marker in the text
};

// Values by placeholder name: "contact.first_name", "praise", "ask_feedback"...
using TemplateValues = QHash<QString, QString>;

// The placeholder language of note templates:
//   {{contact.first_name}}      the value, or a visible ⟦contact.first_name⟧ marker if it is empty
//   {{#praise}} ... {{/praise}} the text inside only when the value is not empty
//   {{^praise}} ... {{/praise}} the text inside only when it is
// Only the names of templateFields() exist; any other is an error, as is a block left open
// or closed twice, and a "{{" without its "}}".
class TemplateRenderer
{
public:
    static const QStringList& templateFields();
    static QString missingMarker(const QString& field);
    static bool hasMissingMarker(const QString& text);

    static std::optional<TemplateProblem> check(const QString& text);
    // A template with a problem renders as nothing; check() first, or read problem.
    static RenderedText render(const QString& text, const TemplateValues& values,
                               std::optional<TemplateProblem>* problem = nullptr);
};

} // namespace finalist
