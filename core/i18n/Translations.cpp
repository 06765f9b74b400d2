#include "i18n/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace inbeeld {

void Translations::install(const QString& language)
{
    if (language != QLatin1String("nl"))
        return; // English is the source language
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/inbeeld_nl.qm")))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    auto* qt = new QTranslator(app);
    if (qt->load(QLocale(QLocale::Dutch, QLocale::Netherlands), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
}

} // namespace inbeeld
