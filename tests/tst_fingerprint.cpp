// Finding fingerprints key decisions and suppressions in review files that teams keep in git:
// the hash (SHA-256, accelerated where the processor allows) and what goes into it must never
// change.

#include "core/review/engine.h"
#include "core/util/sha256.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace schemalens;

class TstFingerprint : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void sameAsQtForEveryLength();
    void fingerprintsNeverChange();
};

void TstFingerprint::knownDigests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("hex");
    // FIPS 180-4 examples and the empty message.
    QTest::newRow("empty")
        << QByteArray()
        << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray(
                                "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TstFingerprint::knownDigests()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, hex);
    QCOMPARE(util::sha256(input).toHex(), hex);
    QCOMPARE(util::sha256Portable(input).toHex(), hex);
}

// Every padding case (a tail of 0-63 bytes, one or two final blocks) and several whole blocks,
// with random bytes, against Qt's implementation.
void TstFingerprint::sameAsQtForEveryLength()
{
    qInfo("SHA extensions in use: %s", util::sha256Accelerated() ? "yes" : "no");
    QRandomGenerator random(20261207);
    for (int size = 0; size <= 300; ++size) {
        QByteArray input(size, Qt::Uninitialized);
        for (char &c : input)
            c = char(random.bounded(256));
        QCOMPARE(util::sha256(input), QCryptographicHash::hash(input, QCryptographicHash::Sha256));
    }
    const QByteArray large(1 << 20, 'x');
    QCOMPARE(util::sha256(large), QCryptographicHash::hash(large, QCryptographicHash::Sha256));
}

void TstFingerprint::fingerprintsNeverChange()
{
    review::Finding f;
    f.rule = QStringLiteral("fk-missing-index");
    f.object.kind = review::ObjectRef::Kind::ForeignKey;
    f.object.schema = QStringLiteral("public");
    f.object.table = QStringLiteral("orders");
    f.object.constraint = QStringLiteral("orders_customer_id_fkey");
    f.object.refTable = QStringLiteral("customers");
    f.object.refColumns = {QStringLiteral("id")};
    f.object.columns = {QStringLiteral("customer_id")};
    f.object.tables = {QStringLiteral("orders"), QStringLiteral("customers")};
    f.object.file = QStringLiteral("migrations/0001_init.sql");
    // Recorded once; a review file written today must match it in every later version.
    QCOMPARE(review::fingerprintOf(f), QStringLiteral("a6a5e38d10f7483a35c55240"));
    f.fingerprintKey = QStringLiteral("ü#2");
    QCOMPARE(review::fingerprintOf(f), QStringLiteral("287b93c5e5138b2d98373bac"));
}

QTEST_GUILESS_MAIN(TstFingerprint)
#include "tst_fingerprint.moc"
