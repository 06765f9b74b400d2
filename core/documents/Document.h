#pragma once

#include "core/common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

class QPagedPaintDevice;
class QImage;

namespace inbeeld {

/// A bar chart as data: groups (e.g. quarters) of bars (e.g. categories), drawn with QPainter
/// (Qt Charts is GPL-only). Used in printed documents and, through render(), on screen.
struct BarChart
{
    QString title;
    QStringList groups; // x-axis labels, one per group
    QStringList series; // legend entries, one per bar in a group
    QList<QList<double>> values; // values[group][series]

    /// Draws the chart into an image of the given pixel size (white background).
    QImage render(int width, int height) const;
};

/// A printable document for the organisation's files: a title, the organisation, a date, then
/// headings, paragraphs, key/value lists, tables and bar charts, in the order added. Rendered from
/// HTML with QTextDocument, with a header and page numbers on every page and, when the document
/// holds personal data, a "vertrouwelijk" footer. One layer for every PDF and printout the program
/// makes (Inspectie summary, decision record, comparison overview, import report, processing
/// register, and the lifecycle's access export and breach report), so they look alike and none
/// forgets the confidentiality mark.
///
/// Needs a QGuiApplication (fonts); the CLI makes one on the offscreen platform when it writes a PDF.
class Document
{
    Q_DECLARE_TR_FUNCTIONS(Document)

public:
    explicit Document(QString title, QString organisation = {}, QDate date = QDate::currentDate());

    /// Marks the document as holding personal data: every page then says so in its footer.
    void setConfidential(bool confidential) { m_confidential = confidential; }
    bool isConfidential() const { return m_confidential; }
    QString title() const { return m_title; }

    void addHeading(const QString& text);
    void addParagraph(const QString& text);
    /// "Key: value" lines, as a two-column table without borders.
    void addKeyValues(const QList<QPair<QString, QString>>& pairs);
    /// A table with a header row; numbers are right-aligned when a column holds only numbers.
    void addTable(const QStringList& headers, const QList<QStringList>& rows);
    void addBarChart(const BarChart& chart);

    /// The body as HTML (escaped; charts as image references), for tests and previews.
    QString toHtml() const;
    /// Lays the document out on the device's pages (A4 PDF writer or printer) and paints them.
    Result<void> paint(QPagedPaintDevice& device) const;
    /// Writes an A4 PDF (mode 0600 when confidential).
    Result<void> writePdf(const QString& path) const;

private:
    QString m_title;
    QString m_organisation;
    QDate m_date;
    bool m_confidential = false;
    QStringList m_blocks; // HTML fragments
    QList<BarChart> m_charts; // referenced from m_blocks as chart:<index>
};

} // namespace inbeeld
