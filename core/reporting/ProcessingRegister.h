#pragma once

#include "core/common/Result.h"
#include "core/documents/Document.h"
#include "core/domain/Agreement.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

namespace inbeeld {

class Store;

/// The entry for the register of processing activities (GDPR art. 30), generated from the
/// agreement profile and the store: controller, purposes, legal ground, categories of data
/// subjects and data, recipients (the partners), retention, security measures, and the figures a
/// DPIA asks for (children on the newest lists, packages per quarter, decisions). No personal data.
class ProcessingRegister
{
    Q_DECLARE_TR_FUNCTIONS(ProcessingRegister)

public:
    static Result<ProcessingRegister> collect(Store& store, const Agreement& agreement);

    /// Keys: controller, purposes, legal_ground, data_subjects, data_categories, recipients,
    /// retention, security_measures, figures.
    QJsonObject json() const { return m_json; }
    QByteArray jsonBytes() const;
    Document document() const;

private:
    QJsonObject m_json;
    QString m_organisation;
};

} // namespace inbeeld
