// Sign-and-encrypt throughput of the exchange formats: our minisign signature (BLAKE2b-512 prehash,
// Ed25519) plus age encryption (X25519 recipient, ChaCha20-Poly1305 STREAM), streamed from file to
// file, next to Debian's `minisign -S` plus `age -r` on the same payload in the same run; then the
// reverse (verify + decrypt) next to `minisign -V` plus `age -d`. Prints seconds and the ratio
// (ours / tools); the package benchmark of issue 7 aims at a ratio of 1.5 or less.
// Usage: bench_exchange [MiB]   (default 256)
#include "core/exchange/AgeEncryption.h"
#include "core/exchange/AgeKeys.h"
#include "core/exchange/Minisign.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <sodium.h>

using namespace inbeeld;

namespace {

bool runTool(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    p.closeWriteChannel();
    return p.waitForFinished(-1) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const qint64 mib = app.arguments().value(1, QStringLiteral("256")).toLongLong();
    const QString minisign = QStandardPaths::findExecutable(QStringLiteral("minisign"));
    const QString age = QStandardPaths::findExecutable(QStringLiteral("age"));
    if (mib < 1 || minisign.isEmpty() || age.isEmpty()) {
        out << "usage: bench_exchange [MiB]; needs minisign and age on PATH\n";
        return 2;
    }
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("payload.bin"));
    {
        QFile f(plain);
        f.open(QIODevice::WriteOnly);
        QByteArray block(1 << 20, Qt::Uninitialized);
        for (qint64 i = 0; i < mib; ++i) {
            randombytes_buf(block.data(), std::size_t(block.size()));
            f.write(block);
        }
    }

    // Keys: ours in memory; the tools' in files (minisign without password).
    MinisignPublicKey signPublic;
    signPublic.key = QByteArray(32, Qt::Uninitialized);
    SecretBytes signSecret(64);
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(signPublic.key.data()), signSecret.data());
    signPublic.keyId = Minisign::keyIdFor(signPublic.key);
    const SecretBytes boxSecret = SecretBytes::random(32);
    const QByteArray boxPublic = AgeKeys::publicKeyOf(boxSecret);
    const QString recipient = AgeKeys::recipient(boxPublic);
    const QString identity = dir.filePath(QStringLiteral("key.txt"));
    {
        const SecretBytes text = AgeKeys::identityFile(boxSecret, QDateTime::currentDateTimeUtc());
        QFile f(identity);
        f.open(QIODevice::WriteOnly);
        f.write(text.chars(), qint64(text.size()));
    }
    const QString pub = dir.filePath(QStringLiteral("m.pub"));
    const QString sec = dir.filePath(QStringLiteral("m.key"));
    runTool(minisign,
            {QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pub, QStringLiteral("-s"), sec});

    QElapsedTimer t;
    // Ours: sign, then encrypt (two streaming passes, as the tools do).
    t.start();
    QByteArray signature;
    {
        QFile in(plain);
        in.open(QIODevice::ReadOnly);
        signature = Minisign::sign(in, signSecret, signPublic.keyId, QStringLiteral("bench"), QStringLiteral("bench"))
                        .value();
    }
    {
        QFile in(plain);
        QFile sealed(dir.filePath(QStringLiteral("ours.age")));
        in.open(QIODevice::ReadOnly);
        sealed.open(QIODevice::WriteOnly);
        if (!AgeEncryption::encrypt(in, sealed, {boxPublic})) {
            out << "encryption failed\n";
            return 1;
        }
    }
    const double oursCreate = double(t.nsecsElapsed()) / 1e9;

    t.restart();
    const bool toolsCreated = runTool(minisign,
                                      {QStringLiteral("-S"), QStringLiteral("-s"), sec, QStringLiteral("-m"), plain,
                                       QStringLiteral("-x"), dir.filePath(QStringLiteral("tools.minisig"))})
        && runTool(age,
                   {QStringLiteral("-r"), recipient, QStringLiteral("-o"), dir.filePath(QStringLiteral("tools.age")),
                    plain});
    const double toolsCreate = double(t.nsecsElapsed()) / 1e9;

    // Reverse: decrypt, then verify the signature over the plaintext.
    t.restart();
    {
        QFile sealed(dir.filePath(QStringLiteral("ours.age")));
        QFile opened(dir.filePath(QStringLiteral("ours.out")));
        sealed.open(QIODevice::ReadOnly);
        opened.open(QIODevice::WriteOnly);
        if (!AgeEncryption::decrypt(sealed, opened, boxSecret)) {
            out << "decryption failed\n";
            return 1;
        }
    }
    {
        QFile opened(dir.filePath(QStringLiteral("ours.out")));
        opened.open(QIODevice::ReadOnly);
        if (!Minisign::verify(opened, signature, signPublic)) {
            out << "verification failed\n";
            return 1;
        }
    }
    const double oursOpen = double(t.nsecsElapsed()) / 1e9;

    t.restart();
    const bool toolsOpened
        = runTool(age,
                  {QStringLiteral("-d"), QStringLiteral("-i"), identity, QStringLiteral("-o"),
                   dir.filePath(QStringLiteral("tools.out")), dir.filePath(QStringLiteral("tools.age"))})
        && runTool(minisign,
                   {QStringLiteral("-V"), QStringLiteral("-q"), QStringLiteral("-p"), pub, QStringLiteral("-m"),
                    dir.filePath(QStringLiteral("tools.out")), QStringLiteral("-x"),
                    dir.filePath(QStringLiteral("tools.minisig"))});
    const double toolsOpen = double(t.nsecsElapsed()) / 1e9;
    if (!toolsCreated || !toolsOpened) {
        out << "the reference tools failed\n";
        return 1;
    }

    out << "payload: " << mib << " MiB\n";
    out << QStringLiteral("sign+encrypt    ours %1 s   minisign+age %2 s   ratio %3\n")
               .arg(oursCreate, 0, 'f', 2)
               .arg(toolsCreate, 0, 'f', 2)
               .arg(oursCreate / toolsCreate, 0, 'f', 2);
    out << QStringLiteral("decrypt+verify  ours %1 s   age+minisign %2 s   ratio %3\n")
               .arg(oursOpen, 0, 'f', 2)
               .arg(toolsOpen, 0, 'f', 2)
               .arg(oursOpen / toolsOpen, 0, 'f', 2);
    return 0;
}
