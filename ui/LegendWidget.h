// LegendWidget: explains the matrix's state badges (icon and text) and note icons, painted as the table paints them.
#pragma once

#include <QFrame>

class QGridLayout;

namespace keyward::ui {

class LegendWidget : public QFrame
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

    // Entries shown: one per state the matrix can show plus the two notes.
    int entryCount() const { return m_entries; }
    // The states of a measured matrix (the console) instead of the what-if ones.
    void setMeasured(bool measured);
    bool isMeasured() const { return m_measured; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // One entry: a swatch, then a bold title and a line of text (both empty: the swatch is a badge that names
    // itself); `toolTip` explains it, `name` is what a screen reader calls it.
    void addEntry(const QPixmap &swatch, const QString &title, const QString &text, const QString &id,
                  const QString &toolTip, const QString &name);

    QGridLayout *m_grid = nullptr;
    int m_entries = 0;
    int m_perRow = 4;
    bool m_measured = false;
};

} // namespace keyward::ui
