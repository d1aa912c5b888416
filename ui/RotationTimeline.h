// RotationTimeline: the rotations of each key over time, one lane per key and one mark per rotation, so an
// admin sees at a glance which keys rotate on time and which have not moved for long.
#pragma once

#include "catalog/CatalogRecords.h"

#include <QWidget>

namespace keyward::ui {

class RotationTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit RotationTimeline(QWidget *parent = nullptr);
    void setEntries(const QList<catalog::HistoryEntry> &entries, const QDateTime &now);
    // The keys drawn, top to bottom.
    QStringList lanes() const { return m_lanes; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<catalog::HistoryEntry> m_entries;
    QStringList m_lanes;
    QDateTime m_first;
    QDateTime m_now;
};

} // namespace keyward::ui
