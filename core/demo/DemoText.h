// DemoText: dates, numbers and JSON spelled as demo objects hold them.
#pragma once

#include "demo/DemoRandom.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace keyward::demo {

// Zero-padded to `width` digits.
void appendDigits(QByteArray &out, qint64 value, int width);
// yyyy-MM-dd (UTC).
void appendDay(QByteArray &out, qint64 ms);
// yyyy-MM-ddTHH:mm:ss.zzzZ (UTC).
void appendIsoTime(QByteArray &out, qint64 ms);
QByteArray isoTime(qint64 ms);
QByteArray day(qint64 ms);
QByteArray num(qint64 n);
// A random amount from 1.00 up to maxCents / 100, with two decimals.
void appendMoney(QByteArray &out, DemoRandom &rng, qint64 maxCents);

QByteArray compactJson(const QJsonObject &object);
QByteArray indentedJson(const QJsonObject &object);
QString latin(const QByteArray &bytes);

} // namespace keyward::demo
