#include "core/importing/CategoryRecognizer.h"

#include "core/domain/Agreement.h"
#include "core/domain/PersonName.h"

#include <QHash>

namespace inbeeld {

namespace {

// Normalised spellings (case, spaces, punctuation and diacritics removed).
const QHash<QString, QString>& spellings()
{
    static const QHash<QString, QString> table = [] {
        QHash<QString, QString> t;
        for (const char* s : {"absoluut", "absoluutverzuim", "absoluutverzuimer", "absoluteverzuimer", "av", "abs",
                              "absverzuim", "nietingeschreven", "absoluutverzuimnietingeschreven"})
            t.insert(QString::fromLatin1(s), CategoryRecognizer::Absoluut);
        for (const char* s : {"langdurig", "langdurigverzuim", "langdurigrelatiefverzuim", "langdurigrelatief",
                              "langdurigeverzuimer", "langdurigrelatiefverzuimer", "lrv", "lv", "langdurigverzuimer",
                              "langdurigafwezig", "langdurigeafwezigheid"})
            t.insert(QString::fromLatin1(s), CategoryRecognizer::Langdurig);
        for (const char* s : {"5a",
                              "5ondera",
                              "art5a",
                              "artikel5a",
                              "art5ondera",
                              "artikel5ondera",
                              "vrijstelling5a",
                              "vrijstelling5ondera",
                              "vrijstellingart5a",
                              "vrijstellingartikel5a",
                              "vrijstellingart5ondera",
                              "vrijstellingartikel5ondera",
                              "vrijstelling5alpw",
                              "vrijstellingart5alpw",
                              "vrijstellingartikel5alpw",
                              "vrijstellingartikel5onderalpw",
                              "vrijstellingart5onderalpw",
                              "vrijstellingartikel5onderaleerplichtwet",
                              "vrijstellingart5onderaleerplichtwet",
                              "vrijstelling5aleerplichtwet",
                              "5alpw",
                              "vrijst5a",
                              "vrijgesteld5a",
                              "vrijgesteld5ondera"})
            t.insert(QString::fromLatin1(s), CategoryRecognizer::Vrijstelling5a);
        return t;
    }();
    return table;
}

} // namespace

std::optional<QString> CategoryRecognizer::recognise(const QString& value, const Agreement* agreement)
{
    const QString n = PersonName::fold(value);
    if (n.isEmpty())
        return std::nullopt;
    std::optional<QString> code;
    const auto known = spellings().constFind(n);
    if (known != spellings().constEnd())
        code = *known;
    if (!code && agreement) {
        for (const AgreementCategory& category : agreement->categories()) {
            if (n == PersonName::fold(category.code) || n == PersonName::fold(category.name)) {
                code = category.code;
                break;
            }
        }
    }
    if (code && agreement && !agreement->category(*code))
        return std::nullopt;
    return code;
}

QString CategoryRecognizer::unknownMessage(const QString& value)
{
    const QString shown = value.simplified();
    if (shown.isEmpty())
        return tr("The category is empty. Fill in absoluut verzuim, langdurig verzuim or vrijstelling 5a in the "
                  "source list, or import lists of one category with that category chosen for the whole file.");
    return tr("\"%1\" is not a category of the agreement, so the row was not imported (the program does not "
              "guess). Use absoluut verzuim, langdurig verzuim or vrijstelling 5a in the source list.")
        .arg(shown);
}

} // namespace inbeeld
