#include "core/documents/Document.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>
#include <algorithm>
#include <cmath>

namespace inbeeld {

namespace {

QString esc(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>"));
}

bool isNumber(const QString& text)
{
    bool ok = false;
    text.toDouble(&ok);
    return ok;
}

QString chartUrl(qsizetype index)
{
    return QStringLiteral("chart:%1").arg(index);
}

const QList<QColor>& palette()
{
    static const QList<QColor> colours {QColor(0x1f, 0x5f, 0x9e), QColor(0xe0, 0x7b, 0x1a), QColor(0x3a, 0x8f, 0x4a),
                                        QColor(0xb0, 0x3a, 0x48), QColor(0x6f, 0x4e, 0x9c), QColor(0x7a, 0x7a, 0x7a)};
    return colours;
}

} // namespace

QImage BarChart::render(int width, int height) const
{
    QImage image(std::max(width, 50), std::max(height, 50), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    QFont font = p.font();
    font.setPixelSize(std::max(10, image.height() / 22));
    p.setFont(font);
    const QFontMetricsF fm(font);
    const double line = fm.height();
    double maxValue = 1;
    for (const auto& group : values)
        for (double v : group)
            maxValue = std::max(maxValue, v);
    const double step = std::pow(10.0, std::floor(std::log10(maxValue)));
    // Four gridlines at whole numbers: the scale's top is a multiple of four, at least four.
    const double top = std::max(4.0, std::ceil(std::ceil(maxValue / step) * step / 4.0) * 4.0);

    const double legendRows = std::ceil(double(series.size()) / 3.0);
    const QRectF plot(fm.horizontalAdvance(QString::number(top)) + 12, title.isEmpty() ? line : 2 * line,
                      image.width() - fm.horizontalAdvance(QString::number(top)) - 24,
                      image.height() - (title.isEmpty() ? line : 2 * line) - line * (2 + legendRows) - 8);
    if (!title.isEmpty())
        p.drawText(QRectF(0, 0, image.width(), line * 1.5), Qt::AlignCenter, title);

    p.setPen(QColor(0xcc, 0xcc, 0xcc));
    for (int i = 0; i <= 4; ++i) {
        const double y = plot.bottom() - plot.height() * i / 4;
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Qt::black);
        p.drawText(QRectF(0, y - line / 2, plot.left() - 6, line), Qt::AlignRight | Qt::AlignVCenter,
                   QLocale(QLocale::Dutch).toString(top * i / 4, 'f', 0));
        p.setPen(QColor(0xcc, 0xcc, 0xcc));
    }
    const qsizetype groupCount = std::max<qsizetype>(1, groups.size());
    const double groupWidth = plot.width() / double(groupCount);
    const qsizetype bars = std::max<qsizetype>(1, series.size());
    const double barWidth = groupWidth * 0.8 / double(bars);
    for (qsizetype g = 0; g < groups.size(); ++g) {
        const double x0 = plot.left() + g * groupWidth + groupWidth * 0.1;
        for (qsizetype s = 0; s < series.size(); ++s) {
            const double v = g < values.size() && s < values.at(g).size() ? values.at(g).at(s) : 0;
            const double h = plot.height() * v / top;
            p.fillRect(QRectF(x0 + s * barWidth, plot.bottom() - h, barWidth * 0.9, h),
                       palette().at(s % palette().size()));
        }
        p.setPen(Qt::black);
        p.drawText(QRectF(plot.left() + g * groupWidth, plot.bottom() + 2, groupWidth, line), Qt::AlignCenter,
                   groups.at(g));
    }
    p.setPen(Qt::black);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    const double legendTop = plot.bottom() + line * 1.5;
    const double cell = image.width() / 3.0;
    for (qsizetype s = 0; s < series.size(); ++s) {
        const double x = (s % 3) * cell + 8;
        const double y = legendTop + (s / 3) * line;
        p.fillRect(QRectF(x, y + line * 0.2, line * 0.6, line * 0.6), palette().at(s % palette().size()));
        p.drawText(QRectF(x + line, y, cell - line - 8, line), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(series.at(s), Qt::ElideRight, cell - line - 8));
    }
    return image;
}

Document::Document(QString title, QString organisation, QDate date)
    : m_title(std::move(title))
    , m_organisation(std::move(organisation))
    , m_date(date)
{
}

void Document::addHeading(const QString& text)
{
    m_blocks << QStringLiteral("<h2>%1</h2>").arg(esc(text));
}

void Document::addParagraph(const QString& text)
{
    m_blocks << QStringLiteral("<p>%1</p>").arg(esc(text));
}

void Document::addKeyValues(const QList<QPair<QString, QString>>& pairs)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& [key, value] : pairs)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(esc(key), esc(value));
    m_blocks << html + QStringLiteral("</table>");
}

void Document::addTable(const QStringList& headers, const QList<QStringList>& rows)
{
    QList<bool> numeric(headers.size(), !rows.isEmpty());
    for (const QStringList& row : rows)
        for (qsizetype c = 0; c < headers.size(); ++c)
            numeric[c] = numeric[c] && c < row.size() && isNumber(row.at(c));
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                                  "style=\"border-collapse: collapse; border-color: #999\"><tr>");
    for (const QString& h : headers)
        html += QStringLiteral("<th bgcolor=\"#e8eef5\" align=\"left\">%1</th>").arg(esc(h));
    html += QStringLiteral("</tr>");
    for (const QStringList& row : rows) {
        html += QStringLiteral("<tr>");
        for (qsizetype c = 0; c < headers.size(); ++c) {
            const QString cell = c < row.size() ? row.at(c) : QString();
            html += numeric.at(c) ? QStringLiteral("<td align=\"right\">%1</td>").arg(esc(cell))
                                  : QStringLiteral("<td>%1</td>").arg(esc(cell));
        }
        html += QStringLiteral("</tr>");
    }
    m_blocks << html + QStringLiteral("</table>");
}

void Document::addBarChart(const BarChart& chart)
{
    m_blocks << QStringLiteral("<p><img src=\"%1\"></p>").arg(chartUrl(m_charts.size()));
    m_charts << chart;
}

QString Document::toHtml() const
{
    QString html = QStringLiteral("<html><body><h1>%1</h1>").arg(esc(m_title));
    QStringList meta;
    if (!m_organisation.isEmpty())
        meta << esc(m_organisation);
    if (m_date.isValid())
        meta << esc(QLocale(QLocale::Dutch).toString(m_date, QStringLiteral("d MMMM yyyy")));
    if (!meta.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(meta.join(QStringLiteral(" · ")));
    if (m_confidential)
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(tr("Confidential: this document contains personal data.")));
    return html + m_blocks.join(QString()) + QStringLiteral("</body></html>");
}

Result<void> Document::paint(QPagedPaintDevice& device) const
{
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(Error::Code::Io, tr("The document could not be drawn."));
    const double width = device.width();
    const double height = device.height();
    const double dpi = device.logicalDpiY();
    const double headerHeight = dpi * 0.45;
    const double footerHeight = dpi * 0.45;
    const double bodyHeight = height - headerHeight - footerHeight;

    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(&device);
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(9.5);
    doc.setDefaultFont(base);
    doc.setDefaultStyleSheet(QStringLiteral("h1 { font-size: 16pt; } h2 { font-size: 12pt; margin-top: 12px; }"));
    // Image sizes in HTML are screen pixels (96 dpi), scaled to the device by the layout.
    const double screenWidth = width * 96.0 / device.logicalDpiX();
    for (qsizetype i = 0; i < m_charts.size(); ++i) {
        const int w = int(width * 0.9);
        doc.addResource(QTextDocument::ImageResource, QUrl(chartUrl(i)), m_charts.at(i).render(w, w * 9 / 20));
    }
    QString html = toHtml();
    html.replace(QStringLiteral("<img src="),
                 QStringLiteral("<img width=\"%1\" height=\"%2\" src=")
                     .arg(int(screenWidth * 0.9))
                     .arg(int(screenWidth * 0.9 * 9 / 20)));
    doc.setHtml(html);
    doc.setPageSize(QSizeF(width, bodyHeight));
    const int pages = std::max(1, doc.pageCount());

    QFont small = base;
    small.setPointSizeF(7.5);
    for (int page = 0; page < pages; ++page) {
        if (page > 0 && !device.newPage())
            return makeError(Error::Code::Io, tr("The document could not be drawn."));
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF header(0, 0, width, headerHeight * 0.7);
        painter.drawText(header, Qt::AlignLeft | Qt::AlignVCenter, m_organisation);
        painter.drawText(header, Qt::AlignRight | Qt::AlignVCenter, m_title);
        painter.drawLine(QPointF(0, headerHeight * 0.75), QPointF(width, headerHeight * 0.75));
        const QRectF footer(0, height - footerHeight * 0.7, width, footerHeight * 0.7);
        painter.drawLine(QPointF(0, height - footerHeight * 0.75), QPointF(width, height - footerHeight * 0.75));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(page + 1).arg(pages));
        if (m_confidential)
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             tr("CONFIDENTIAL: contains personal data, do not pass on"));
        else if (m_date.isValid())
            painter.drawText(footer, Qt::AlignLeft | Qt::AlignVCenter,
                             QLocale(QLocale::Dutch).toString(m_date, QStringLiteral("d MMMM yyyy")));

        painter.save();
        painter.translate(0, headerHeight - page * bodyHeight);
        doc.drawContents(&painter, QRectF(0, page * bodyHeight, width, bodyHeight));
        painter.restore();
    }
    if (!painter.end())
        return makeError(Error::Code::Io, tr("The document could not be drawn."));
    return {};
}

Result<void> Document::writePdf(const QString& path) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(Error::Code::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        QPdfWriter writer(&file);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(m_title);
        writer.setCreator(QStringLiteral("InBeeld"));
        if (auto painted = paint(writer); !painted) {
            file.remove();
            return painted;
        }
    }
    file.close();
    if (file.error() != QFileDevice::NoError)
        return makeError(Error::Code::Io, tr("%1 could not be written: %2").arg(path, file.errorString()));
    return {};
}

} // namespace inbeeld
