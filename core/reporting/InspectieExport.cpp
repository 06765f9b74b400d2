#include "core/reporting/InspectieExport.h"

#include "core/reporting/XlsxWriterLibrary.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>

namespace inbeeld {

namespace {

Result<void> writeBytes(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io,
                         InspectieExport::tr("%1 could not be written: %2").arg(path, file.errorString()));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QString csvCell(const QString& text)
{
    if (!text.contains(u';') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QJsonValue isoOrNull(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

lxw_datetime excelDate(const QDate& date)
{
    return lxw_datetime {date.year(), date.month(), date.day(), 0, 0, 0.0};
}

// Closes the workbook on every path (libxlsxwriter writes the file at close).
struct Workbook
{
    const XlsxWriterLibrary& x;
    lxw_workbook* book;
    ~Workbook()
    {
        if (book)
            x.workbook_close(book);
    }
    lxw_error close()
    {
        const lxw_error error = x.workbook_close(book);
        book = nullptr;
        return error;
    }
};

} // namespace

std::optional<InspectieExport::Format> InspectieExport::formatFromName(const QString& name)
{
    const QString n = name.toLower();
    if (n == u"xlsx")
        return Format::Xlsx;
    if (n == u"csv")
        return Format::Csv;
    if (n == u"json")
        return Format::Json;
    if (n == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

InspectieExport::InspectieExport(QuarterRegistration quarter, QList<QuarterRegistration> earlier,
                                 QList<FormColumn> columns, QString organisation)
    : m_quarter(std::move(quarter))
    , m_earlier(std::move(earlier))
    , m_columns(std::move(columns))
    , m_organisation(std::move(organisation))
{
}

Result<void> InspectieExport::write(Format format, const QString& path) const
{
    switch (format) {
    case Format::Xlsx:
        return writeXlsx(path);
    case Format::Csv:
        return writeBytes(path, csv());
    case Format::Json:
        return writeBytes(path, json());
    case Format::Pdf:
        return summary().writePdf(path);
    }
    return {};
}

Result<void> InspectieExport::writeXlsx(const QString& path) const
{
    const XlsxWriterLibrary* lib = XlsxWriterLibrary::get();
    if (!lib)
        return makeError(Error::Code::Generic,
                         tr("Excel files cannot be written: the library libxlsxwriter is not installed."));
    const XlsxWriterLibrary& x = *lib;
    const QByteArray file = QFile::encodeName(path);
    Workbook wb {x, x.workbook_new(file.constData())};
    if (!wb.book)
        return makeError(Error::Code::Io, tr("%1 could not be written.").arg(path));
    lxw_format* bold = x.workbook_add_format(wb.book);
    x.format_set_bold(bold);
    x.format_set_bg_color(bold, 0xE8EEF5);
    lxw_format* date = x.workbook_add_format(wb.book);
    x.format_set_num_format(date, "dd-mm-yyyy");

    lxw_worksheet* rows = x.workbook_add_worksheet(wb.book, "Registratie");
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        const FormColumn& column = m_columns.at(c);
        x.worksheet_write_string(rows, 0, lxw_col_t(c), column.header.toUtf8().constData(), bold);
        double width = std::max<double>(column.header.size() + 2, InspectieForm::isDate(column.field) ? 12 : 10);
        for (const RegistrationRow& row : m_quarter.rows)
            width = std::max<double>(width, InspectieForm::text(row, column.field).size() + 2);
        x.worksheet_set_column(rows, lxw_col_t(c), lxw_col_t(c), std::min(width, 60.0), nullptr);
    }
    x.worksheet_freeze_panes(rows, 1, 0);
    for (qsizetype r = 0; r < m_quarter.rows.size(); ++r) {
        const RegistrationRow& row = m_quarter.rows.at(r);
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            const QString& field = m_columns.at(c).field;
            const QDate d = field == u"start" ? row.start : field == u"end" ? row.end : QDate();
            if (InspectieForm::isDate(field)) {
                if (d.isValid()) {
                    lxw_datetime dt = excelDate(d);
                    x.worksheet_write_datetime(rows, lxw_row_t(r + 1), lxw_col_t(c), &dt, date);
                }
                continue;
            }
            x.worksheet_write_string(rows, lxw_row_t(r + 1), lxw_col_t(c),
                                     InspectieForm::text(row, field).toUtf8().constData(), nullptr);
        }
    }

    lxw_worksheet* counts = x.workbook_add_worksheet(wb.book, "Aantallen");
    x.worksheet_write_string(counts, 0, 0, "Subgroep", bold);
    x.worksheet_write_string(counts, 0, 1, "Aantal", bold);
    x.worksheet_set_column(counts, 0, 0, 55, nullptr);
    x.worksheet_set_column(counts, 1, 1, 12, nullptr);
    x.worksheet_freeze_panes(counts, 1, 0);
    const auto n = m_quarter.counts();
    lxw_row_t r = 1;
    for (const QString& code : InspectieRegistration::subgroupCodes()) {
        x.worksheet_write_string(counts, r, 0, InspectieRegistration::subgroupName(code).toUtf8().constData(), nullptr);
        x.worksheet_write_number(counts, r++, 1, double(n.value(code)), nullptr);
    }
    const QList<QPair<QString, QString>> totals {{QStringLiteral("total"), tr("Total (cumulative)")},
                                                 {QStringLiteral("active"), tr("Active on the reference date")},
                                                 {QStringLiteral("ended"), tr("Ended")}};
    for (const auto& [code, name] : totals) {
        x.worksheet_write_string(counts, r, 0, name.toUtf8().constData(), bold);
        x.worksheet_write_number(counts, r++, 1, double(n.value(code)), bold);
    }
    ++r;
    x.worksheet_write_string(counts, r, 0, tr("Quarter").toUtf8().constData(), nullptr);
    x.worksheet_write_string(counts, r++, 1, m_quarter.quarter.code().toUtf8().constData(), nullptr);
    x.worksheet_write_string(counts, r, 0, tr("School year").toUtf8().constData(), nullptr);
    x.worksheet_write_string(counts, r++, 1, Quarter::schoolYearText(m_quarter.schoolYear).toUtf8().constData(),
                             nullptr);
    x.worksheet_write_string(counts, r, 0, tr("Reference date").toUtf8().constData(), nullptr);
    lxw_datetime peil = excelDate(m_quarter.peildatum);
    x.worksheet_write_datetime(counts, r, 1, &peil, date);

    if (const lxw_error error = wb.close(); error != LXW_NO_ERROR)
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2").arg(path, QString::fromUtf8(x.lxw_strerror(error))));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

QByteArray InspectieExport::csv() const
{
    QStringList lines;
    QStringList header;
    for (const FormColumn& c : m_columns)
        header << csvCell(c.header);
    lines << header.join(u';');
    for (const RegistrationRow& row : m_quarter.rows) {
        QStringList cells;
        for (const FormColumn& c : m_columns)
            cells << csvCell(InspectieForm::text(row, c.field));
        lines << cells.join(u';');
    }
    return "\xEF\xBB\xBF" + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray InspectieExport::json() const
{
    QJsonObject counts;
    const auto n = m_quarter.counts();
    for (auto it = n.cbegin(); it != n.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray rows;
    for (const RegistrationRow& row : m_quarter.rows) {
        rows.append(
            QJsonObject {{QStringLiteral("id"), row.id},
                         {QStringLiteral("category"), row.category},
                         {QStringLiteral("subgroup"), row.subgroup},
                         {QStringLiteral("start"), isoOrNull(row.start)},
                         {QStringLiteral("end"), isoOrNull(row.end)},
                         {QStringLiteral("status"), row.active() ? QStringLiteral("active") : QStringLiteral("ended")},
                         {QStringLiteral("end_reason"),
                          row.endReason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(row.endReason)},
                         {QStringLiteral("source"), row.source}});
    }
    const QJsonObject root {{QStringLiteral("quarter"), m_quarter.quarter.code()},
                            {QStringLiteral("school_year"), Quarter::schoolYearText(m_quarter.schoolYear)},
                            {QStringLiteral("peildatum"), m_quarter.peildatum.toString(Qt::ISODate)},
                            {QStringLiteral("counts"), counts},
                            {QStringLiteral("rows"), rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Document InspectieExport::summary() const
{
    Document doc(tr("Thuiszitters registration %1").arg(m_quarter.quarter.code()), m_organisation);
    const auto n = m_quarter.counts();
    const QLocale nl(QLocale::Dutch);
    doc.addKeyValues(
        {{tr("Quarter"), m_quarter.quarter.code()},
         {tr("School year"), Quarter::schoolYearText(m_quarter.schoolYear)},
         {tr("Reference date"), nl.toString(m_quarter.peildatum, QStringLiteral("d MMMM yyyy"))},
         {tr("Own lists used"), QString::number(m_quarter.lists)},
         {tr("Children in the registration (cumulative)"), QString::number(n.value(QStringLiteral("total")))},
         {tr("Active on the reference date"), QString::number(n.value(QStringLiteral("active")))},
         {tr("Ended"), QString::number(n.value(QStringLiteral("ended")))}});
    doc.addHeading(tr("Counts per category and subgroup"));
    QList<QStringList> table;
    for (const QString& code : InspectieRegistration::subgroupCodes()) {
        qint64 active = 0;
        for (const RegistrationRow& row : m_quarter.rows)
            active += row.subgroup == code && row.active();
        table << QStringList {InspectieRegistration::subgroupName(code), QString::number(n.value(code)),
                              QString::number(active), QString::number(n.value(code) - active)};
    }
    doc.addTable({tr("Subgroup"), tr("Total"), tr("Active"), tr("Ended")}, table);

    doc.addHeading(tr("This quarter against the school year's earlier quarters"));
    BarChart chart;
    QList<QStringList> trend;
    QStringList trendHeader {tr("Subgroup")};
    QList<QuarterRegistration> all = m_earlier;
    all << m_quarter;
    for (const QString& code : InspectieRegistration::subgroupCodes())
        chart.series << InspectieRegistration::subgroupName(code);
    for (const QuarterRegistration& q : all) {
        chart.groups << q.quarter.code();
        trendHeader << q.quarter.code();
        const auto c = q.counts();
        QList<double> values;
        for (const QString& code : InspectieRegistration::subgroupCodes())
            values << double(c.value(code));
        chart.values << values;
    }
    for (const QString& code : InspectieRegistration::subgroupCodes()) {
        QStringList line {InspectieRegistration::subgroupName(code)};
        for (const QuarterRegistration& q : all)
            line << QString::number(q.counts().value(code));
        trend << line;
    }
    doc.addBarChart(chart);
    doc.addTable(trendHeader, trend);

    doc.addHeading(tr("What the categories mean"));
    for (const QString& code : InspectieRegistration::subgroupCodes())
        doc.addKeyValues(
            {{InspectieRegistration::subgroupName(code), InspectieRegistration::subgroupExplanation(code)}});
    doc.addParagraph(tr("The registration is cumulative over the school year (1 August to 31 July): a child who is no "
                        "longer a thuiszitter keeps its row with an end date. The numbers are pseudonymous and "
                        "cannot be traced back to a child outside this organisation's store."));
    return doc;
}

} // namespace inbeeld
