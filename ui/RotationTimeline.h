// RotationTimeline: the rotations of each key over time, one lane per key and one mark per rotation (a dot
// when the key moved to a new version, a cross when the rotation failed), a time axis with dated ticks, and at
// each lane's end how long ago the key last rotated, in words, so an admin sees at a glance which keys rotate
// on time and which have not moved for long. The same facts are its accessible description.
#pragma once

#include "catalog/CatalogRecords.h"
#include "services/HistoryService.h"

#include <QWidget>

namespace keyward::ui {

class RotationTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit RotationTimeline(QWidget *parent = nullptr);
    // One lane per key with a rotation among `entries` (other actions are left out), its age from the last of
    // them; the axis runs from `from` (invalid: from the first rotation) to `now`, with a mark for each rotation
    // on it.
    void setEntries(const QList<catalog::HistoryEntry> &entries, const QDateTime &now, const QDateTime &from = {});
    // The keys drawn, top to bottom, and the age text at the end of each lane.
    QStringList lanes() const { return m_lanes; }
    QStringList ages() const { return m_ages; }
    // How many marks are drawn (rotations on the axis).
    int marks() const;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Layout
    {
        QRect plot;
        int labelWidth = 0;
        int ageWidth = 0;
    };
    Layout layoutFor(const QFontMetrics &fm) const;
    int xOf(const QDateTime &at, const QRect &plot) const;
    // The ticks of the time axis and their labels, for a plot `width` pixels wide.
    QList<QPair<QDateTime, QString>> ticks(int width, const QFontMetrics &fm) const;
    // The rotation drawn nearest to `pos`, within a few pixels; -1 for none.
    int markAt(const QPoint &pos) const;

    QList<catalog::HistoryEntry> m_entries; // every rotation given, oldest first
    QList<services::KeyRotations> m_keys;   // one per lane
    QStringList m_lanes;
    QStringList m_ages;
    QDateTime m_from;
    QDateTime m_now;
};

} // namespace keyward::ui
