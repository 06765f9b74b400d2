#include "core/lifecycle/LifecycleDocuments.h"

#include <QJsonArray>

namespace inbeeld {

namespace {

QString text(const QJsonValue& v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue& item : v.toArray())
            parts.append(text(item));
        return parts.join(QStringLiteral(", "));
    }
    if (v.isObject()) {
        QStringList parts;
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            parts.append(it.key() + QStringLiteral(": ") + text(it.value()));
        return parts.join(QStringLiteral("; "));
    }
    if (v.isDouble())
        return QString::number(v.toDouble(), 'f', 0);
    if (v.isBool())
        return v.toBool() ? LifecycleDocuments::tr("yes") : LifecycleDocuments::tr("no");
    return v.toString();
}

void addPackages(Document& doc, const QJsonArray& packages, bool sent, bool withChildren)
{
    QList<QStringList> rows;
    for (const QJsonValue& v : packages) {
        const QJsonObject p = v.toObject();
        rows.append({p.value(sent ? QStringLiteral("sent_at") : QStringLiteral("received_at")).toString(),
                     p.value(sent ? QStringLiteral("recipient") : QStringLiteral("sender")).toString(),
                     p.value(QStringLiteral("kind")).toString(), text(p.value(QStringLiteral("records"))),
                     text(p.value(QStringLiteral("fields")))});
    }
    doc.addTable({LifecycleDocuments::tr("Date"),
                  sent ? LifecycleDocuments::tr("Recipient") : LifecycleDocuments::tr("Sender"),
                  LifecycleDocuments::tr("Kind"), LifecycleDocuments::tr("Records"), LifecycleDocuments::tr("Fields")},
                 rows);
    if (!withChildren)
        return;
    for (const QJsonValue& v : packages) {
        const QJsonObject p = v.toObject();
        QList<QStringList> children;
        for (const QJsonValue& c : p.value(QStringLiteral("children")).toArray()) {
            const QJsonObject o = c.toObject();
            children.append({o.value(QStringLiteral("id")).toString(), o.value(QStringLiteral("name")).toString(),
                             o.value(QStringLiteral("category")).toString()});
        }
        doc.addParagraph(
            LifecycleDocuments::tr("Children in package %1:").arg(p.value(QStringLiteral("package_id")).toString()));
        doc.addTable(
            {LifecycleDocuments::tr("Number"), LifecycleDocuments::tr("Name"), LifecycleDocuments::tr("Category")},
            children);
    }
}

} // namespace

Document LifecycleDocuments::access(const QJsonObject& a)
{
    const QJsonObject subject = a.value(QStringLiteral("subject")).toObject();
    Document doc(tr("Access request: data about a child"), subject.value(QStringLiteral("organisation")).toString());
    doc.setConfidential(true);
    doc.addKeyValues({{tr("BSN"), subject.value(QStringLiteral("bsn")).toString()},
                      {tr("Made on"), subject.value(QStringLiteral("generated_at")).toString()},
                      {tr("Made by"), subject.value(QStringLiteral("generated_by")).toString()}});
    doc.addHeading(tr("Records in our lists and our partners' lists"));
    QList<QStringList> records;
    for (const QJsonValue& v : a.value(QStringLiteral("records")).toArray()) {
        const QJsonObject r = v.toObject();
        records.append({r.value(QStringLiteral("side")).toString() == u"ours" ? tr("ours") : tr("partner's"),
                        r.value(QStringLiteral("source")).toString(), r.value(QStringLiteral("peildatum")).toString(),
                        text(r.value(QStringLiteral("fields")))});
    }
    doc.addTable({tr("List"), tr("Source"), tr("Peildatum"), tr("Data")}, records);
    doc.addParagraph(tr("A partner's record is corrected by that partner: ask the source named above."));
    doc.addHeading(tr("Notes"));
    for (const QJsonValue& v : a.value(QStringLiteral("notes")).toArray())
        doc.addParagraph(v.toObject().value(QStringLiteral("text")).toString());
    doc.addHeading(tr("Decisions about sharing"));
    for (const QJsonValue& v : a.value(QStringLiteral("decisions")).toArray()) {
        const QJsonObject d = v.toObject();
        doc.addKeyValues({{tr("Decision"), text(d.value(QStringLiteral("id")))},
                          {tr("Recipient"), d.value(QStringLiteral("recipient")).toString()},
                          {tr("Decided"), d.value(QStringLiteral("decided_at")).toString()},
                          {tr("Outcome"), d.value(QStringLiteral("outcome")).toString()},
                          {tr("Weighing"), text(d.value(QStringLiteral("weighing")))}});
    }
    doc.addHeading(tr("Packages sent that held the child"));
    addPackages(doc, a.value(QStringLiteral("shared")).toArray(), true, false);
    doc.addHeading(tr("Packages received that held the child"));
    addPackages(doc, a.value(QStringLiteral("received")).toArray(), false, false);
    doc.addHeading(tr("Closure and restriction"));
    doc.addKeyValues(
        {{tr("Closed"),
          a.value(QStringLiteral("closure")).isNull() ? tr("no") : text(a.value(QStringLiteral("closure")))},
         {tr("Restricted"),
          a.value(QStringLiteral("restriction")).isNull() ? tr("no") : text(a.value(QStringLiteral("restriction")))}});
    doc.addHeading(tr("Who viewed the child's data"));
    QList<QStringList> views;
    for (const QJsonValue& v : a.value(QStringLiteral("views")).toArray())
        views.append(
            {v.toObject().value(QStringLiteral("at")).toString(), v.toObject().value(QStringLiteral("by")).toString()});
    doc.addTable({tr("When"), tr("Who")}, views);
    const QJsonObject e = a.value(QStringLiteral("explanation")).toObject();
    doc.addHeading(tr("Explanation"));
    doc.addKeyValues({{tr("Purposes"), text(e.value(QStringLiteral("purposes")))},
                      {tr("Legal ground"), text(e.value(QStringLiteral("legal_ground")))},
                      {tr("Categories of data"), text(e.value(QStringLiteral("data_categories")))},
                      {tr("Recipients"), text(e.value(QStringLiteral("recipients")))},
                      {tr("Sources"), text(e.value(QStringLiteral("sources")))}});
    QList<QStringList> retention;
    for (const QJsonValue& v : e.value(QStringLiteral("retention")).toArray()) {
        const QJsonObject r = v.toObject();
        retention.append({r.value(QStringLiteral("rule")).toString(), text(r.value(QStringLiteral("months"))),
                          r.value(QStringLiteral("reason")).toString()});
    }
    doc.addTable({tr("Retention"), tr("Months"), tr("Reason")}, retention);
    for (const QJsonValue& v : e.value(QStringLiteral("rights")).toArray())
        doc.addParagraph(v.toString());
    doc.addParagraph(e.value(QStringLiteral("complaint")).toString());
    doc.addParagraph(e.value(QStringLiteral("automated_decisions")).toString());
    return doc;
}

Document LifecycleDocuments::breach(const QJsonObject& r, bool withChildren)
{
    Document doc(tr("Breach report: what was shared with whom"), r.value(QStringLiteral("organisation")).toString());
    doc.setConfidential(true);
    const QJsonObject period = r.value(QStringLiteral("period")).toObject();
    doc.addKeyValues({{tr("Period"),
                       period.value(QStringLiteral("from")).toString() + QStringLiteral(" – ")
                           + period.value(QStringLiteral("to")).toString()},
                      {tr("Partner"),
                       r.value(QStringLiteral("partner")).isNull() ? tr("all partners")
                                                                   : r.value(QStringLiteral("partner")).toString()},
                      {tr("Totals"), text(r.value(QStringLiteral("totals")))}});
    doc.addHeading(tr("Packages sent"));
    addPackages(doc, r.value(QStringLiteral("shared")).toArray(), true, withChildren);
    doc.addHeading(tr("Packages received"));
    addPackages(doc, r.value(QStringLiteral("received")).toArray(), false, withChildren);
    doc.addHeading(tr("Draft notification to the Autoriteit Persoonsgegevens (GDPR art. 33(3))"));
    const QJsonObject ap = r.value(QStringLiteral("ap_notification")).toObject();
    QList<QPair<QString, QString>> pairs;
    for (auto it = ap.constBegin(); it != ap.constEnd(); ++it)
        pairs.append({it.key(), it.value().isNull() ? tr("(to be filled in)") : text(it.value())});
    doc.addKeyValues(pairs);
    return doc;
}

} // namespace inbeeld
