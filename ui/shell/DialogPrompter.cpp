#include "Prompter.h"
#include "RestoreBackupDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace finalist {

namespace {
// The translation context of this file's texts; lupdate reads it from here.
struct Texts
{
    Q_DECLARE_TR_FUNCTIONS(DialogPrompter)
};
const char* kFilter
    = QT_TRANSLATE_NOOP("DialogPrompter", "Finalist databases (*.sqlite);;All files (*)");
} // namespace

DatabaseErrorDialog::Choice DialogPrompter::askAboutError(const Error& error, bool canRestore,
                                                          bool hasCurrent)
{
    DatabaseErrorDialog dialog(
        error, canRestore, hasCurrent ? Texts::tr("Keep the Current Database") : Texts::tr("Quit"),
        m_parent);
    dialog.exec();
    return dialog.choice();
}

QString DialogPrompter::chooseDatabaseToOpen()
{
    return QFileDialog::getOpenFileName(m_parent, Texts::tr("Open a Finalist Database"), QString(),
                                        Texts::tr(kFilter));
}

QString DialogPrompter::chooseNewDatabase()
{
    QString path = QFileDialog::getSaveFileName(m_parent, Texts::tr("Create a New Database"),
                                                Texts::tr("finalist.sqlite"), Texts::tr(kFilter));
    if (!path.isEmpty() && !path.contains(QLatin1Char('.')))
        path += QStringLiteral(".sqlite");
    return path;
}

QString DialogPrompter::chooseBackup(const std::vector<BackupInfo>& backups)
{
    RestoreBackupDialog dialog(backups, m_parent);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    return dialog.chosenPath();
}

void DialogPrompter::tell(const QString& title, const QString& message)
{
    QMessageBox::warning(m_parent, title, message);
}

bool DialogPrompter::confirm(const QString& title, const QString& question, const QString& action)
{
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, m_parent);
    QPushButton* yes = box.addButton(action, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<QString> DialogPrompter::askName()
{
    QDialog dialog(m_parent);
    dialog.setWindowTitle(Texts::tr("Your Name"));
    auto* why
        = new QLabel(Texts::tr("Finalist drafts thank-you notes and replies for you. What name "
                               "should go under them?\n\nYou can change it, and add a "
                               "signature, in Preferences ▸ You."),
                     &dialog);
    why->setWordWrap(true);
    auto* name = new QLineEdit(&dialog);
    name->setPlaceholderText(Texts::tr("Your name, as you sign a letter"));
    auto* buttons = new QDialogButtonBox(&dialog);
    QPushButton* save = buttons->addButton(QDialogButtonBox::Save);
    buttons->addButton(Texts::tr("Skip"), QDialogButtonBox::RejectRole);
    save->setDefault(true);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(why);
    layout->addWidget(name);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(420, dialog.sizeHint().height());
    if (dialog.exec() != QDialog::Accepted || name->text().trimmed().isEmpty())
        return std::nullopt;
    return name->text().trimmed();
}

} // namespace finalist
