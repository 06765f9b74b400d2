#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace inbeeld {

void Translations::install(const QString& language)
{
    auto* app = QCoreApplication::instance();
    // English is the source language; its file only supplies singular/plural forms.
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/inbeeld_%1.qm")
                      .arg(language == QLatin1String("en") ? language : QStringLiteral("nl"))))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    if (language == QLatin1String("en"))
        return;
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Dutch, QLocale::Netherlands), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace inbeeld
