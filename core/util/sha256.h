#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace schemalens::util {

// SHA-256 of DATA (32 bytes), the same bytes as QCryptographicHash::Sha256. Review findings
// are fingerprinted with it thousands of times per review: on x86-64 processors with the SHA
// extensions the blocks are hashed with them (about a tenth of the instructions of Qt's
// portable code), elsewhere Qt computes it.
QByteArray sha256(QByteArrayView data);

// True when sha256() uses the processor's SHA extensions on this machine.
bool sha256Accelerated();

// The portable path, whatever the processor (for tests comparing the two).
QByteArray sha256Portable(QByteArrayView data);

} // namespace schemalens::util
