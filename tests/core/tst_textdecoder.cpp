#include "core/importing/TextDecoder.h"
#include "tests/support/TestMain.h"

using namespace inbeeld;

Q_DECLARE_METATYPE(TextDecoder::Encoding)

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void detect_data()
    {
        QTest::addColumn<QByteArray>("sample");
        QTest::addColumn<TextDecoder::Encoding>("encoding");
        QTest::addColumn<int>("bom");
        using E = TextDecoder::Encoding;
        QTest::newRow("utf8 bom") << QByteArray("\xEF\xBB\xBF\xC3\x96zdemir") << E::Utf8WithBom << 3;
        QTest::newRow("utf8") << QByteArray("\xC3\x96zdemir;\xC3\x87"
                                            "elik")
                              << E::Utf8 << 0;
        QTest::newRow("ascii") << QByteArray("BSN;Naam") << E::Utf8 << 0;
        QTest::newRow("windows-1252") << QByteArray("\xD6zdemir") << E::Windows1252 << 0;
        QTest::newRow("1252 that starts like utf8") << QByteArray("\xC3\x96 \xE9t\xE9") << E::Windows1252 << 0;
        QTest::newRow("utf8 cut at the end") << QByteArray("abc\xE2\x82") << E::Utf8 << 0;
        QTest::newRow("overlong") << QByteArray("\xC0\xAF") << E::Windows1252 << 0;
        QTest::newRow("surrogate") << QByteArray("\xED\xA0\x80") << E::Windows1252 << 0;
        QTest::newRow("utf16le") << QByteArray("\xFF\xFE"
                                               "B\0S\0N\0",
                                               8)
                                 << E::Utf16LE << 2;
        QTest::newRow("utf16be") << QByteArray("\xFE\xFF\0B\0S\0N", 8) << E::Utf16BE << 2;
    }
    void detect()
    {
        QFETCH(QByteArray, sample);
        QFETCH(TextDecoder::Encoding, encoding);
        QFETCH(int, bom);
        qsizetype bomLength = -1;
        QCOMPARE(TextDecoder::detect(sample, &bomLength), encoding);
        QCOMPARE(bomLength, qsizetype(bom));
        QVERIFY(!TextDecoder::name(encoding).isEmpty());
    }

    void decodesAcrossChunkBoundaries()
    {
        const QString text = QStringLiteral("Özdemir € Anaïs 😀 — Çelik");
        const QByteArray bytes = text.toUtf8();
        // Every split point, including inside each multi-byte sequence.
        for (qsizetype cut = 0; cut <= bytes.size(); ++cut) {
            TextDecoder decoder(TextDecoder::Encoding::Utf8);
            QString out = decoder.decode(QByteArrayView(bytes).first(cut));
            out += decoder.decode(QByteArrayView(bytes).sliced(cut));
            out += decoder.finish();
            QCOMPARE(out, text);
            QCOMPARE(decoder.fallbackBytes(), 0);
        }
    }

    void invalidUtf8FallsBackPerByte()
    {
        TextDecoder decoder(TextDecoder::Encoding::Utf8);
        QString out = decoder.decode("\xC3\x96zdemir;\xD6zdemir;\x80");
        out += decoder.finish();
        QCOMPARE(out, QStringLiteral("Özdemir;Özdemir;€"));
        QCOMPARE(decoder.fallbackBytes(), 2);

        TextDecoder truncated(TextDecoder::Encoding::Utf8);
        QString end = truncated.decode("ab\xE2\x82");
        QCOMPARE(end, QStringLiteral("ab")); // the incomplete sequence waits for more bytes
        end += truncated.finish();
        QCOMPARE(end, QStringLiteral("ab\u00E2\u201A"));
        QCOMPARE(truncated.fallbackBytes(), 2);
    }

    void windows1252AndUtf16()
    {
        TextDecoder ansi(TextDecoder::Encoding::Windows1252);
        QCOMPARE(ansi.decode("\xD6zdemir \x80"), QStringLiteral("Özdemir €"));

        const QString text = QStringLiteral("Özdemir;😀");
        QByteArray le;
        for (const QChar c : text) {
            le.append(char(c.unicode() & 0xFF));
            le.append(char(c.unicode() >> 8));
        }
        TextDecoder utf16(TextDecoder::Encoding::Utf16LE);
        QString out;
        for (const char byte : std::as_const(le))
            out += utf16.decode(QByteArrayView(&byte, 1));
        out += utf16.finish();
        QCOMPARE(out, text);
    }
};

INBEELD_TEST_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
