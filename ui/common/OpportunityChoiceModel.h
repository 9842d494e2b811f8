#pragma once

#include "domain/OpportunityChoice.h"

#include <optional>
#include <QAbstractListModel>

class QComboBox;

namespace finalist {

class Database;

// The processes as a picker lists them, newest first, after an optional row that stands for
// none or all of them. Every picker holds the same read of them (OpportunityRepository::
// choices) instead of an item of its own per process: with thousands of processes, seven
// pickers each with its own items took more memory than the rest of their sections.
class OpportunityChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // What a row holds under Qt::UserRole, as QComboBox::currentData() reads it: the id.
    static constexpr int IdRole = Qt::UserRole;

    explicit OpportunityChoiceModel(Database& db, QObject* parent = nullptr);

    // A first row, such as "All opportunities", holding `value` under IdRole.
    void setLeadingRow(const QString& label, const QVariant& value);
    // The role on a line of its own under the company, for a list rather than a picker: every
    // row two lines high, so the list can take each row's height as the first's.
    void setRoleOnItsOwnLine(bool ownLine) { m_roleOnItsOwnLine = ownLine; }
    // Reads the list again when the journal changed since; the model resets only when the
    // list is not the one it shows. Returns what went wrong, or an empty text.
    QString refresh();
    // refresh() for a picker showing this model, keeping the process chosen in it (else the
    // first row), without its signals: a change elsewhere is not the user choosing.
    QString refreshKeepingChoice(QComboBox& box);
    // The process on a row; nullptr on the leading row or outside the list.
    const OpportunityChoice* choiceAt(int row) const;
    int rowOf(qint64 id) const;
    bool isEmpty() const { return !m_choices || m_choices->empty(); }

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    static QString label(const OpportunityChoice& choice);

private:
    int leadingRows() const { return m_leading ? 1 : 0; }

    Database& m_db;
    OpportunityChoices m_choices;
    std::optional<std::pair<QString, QVariant>> m_leading;
    bool m_roleOnItsOwnLine = false;
};

} // namespace finalist
