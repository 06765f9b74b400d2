#include "ui/importing/ImportTexts.h"

#include "core/importing/Importer.h"

#include <QLocale>

namespace inbeeld {

QString ImportTexts::sideName(SnapshotSide side)
{
    return side == SnapshotSide::Ours ? tr("Our own list") : tr("Partner's list");
}

QString ImportTexts::changedFieldName(const QString& code)
{
    if (code == u"category")
        return tr("Category");
    if (code == u"bsn")
        return tr("BSN");
    if (code == u"onderwijsnummer")
        return tr("Onderwijsnummer");
    if (code == u"first_names")
        return tr("First names");
    if (code == u"prefix")
        return tr("Prefix");
    if (code == u"surname")
        return tr("Surname");
    if (code == u"birth_date")
        return tr("Date of birth");
    if (code == u"street")
        return tr("Street");
    if (code == u"house_number")
        return tr("House number");
    if (code == u"postcode")
        return tr("Postcode");
    if (code == u"place")
        return tr("Place of residence");
    if (code == u"last_school")
        return tr("Last known school");
    if (code == u"absence_start")
        return tr("Start date of absence");
    if (code == u"absence_reason")
        return tr("Reason for absence");
    if (code == u"exemption_date")
        return tr("Date of exemption");
    if (code == u"exemption_duration")
        return tr("Duration of exemption");
    if (code == u"involvement")
        return tr("Involvement");
    return code;
}

QString ImportTexts::formatDescription(const ImportPreview& preview)
{
    const QString size = QLocale().formattedDataSize(preview.fileSize);
    if (preview.format == u"XLSX") {
        return tr("Excel workbook (%1), sheet \"%2\", column names in row %3.")
            .arg(size, preview.sheetName)
            .arg(preview.headerLine);
    }
    const QString delimiter
        = preview.delimiter == u"tab" ? tr("tabs") : QStringLiteral("\"%1\"").arg(preview.delimiter);
    return tr("CSV file (%1), encoding %2, separated by %3, column names on line %4.")
        .arg(size, preview.encoding, delimiter)
        .arg(preview.headerLine);
}

QString ImportTexts::date(const QDate& date)
{
    return date.isValid() ? date.toString(QStringLiteral("d-M-yyyy")) : QString();
}

} // namespace inbeeld
