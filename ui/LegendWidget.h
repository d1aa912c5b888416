// LegendWidget: explains the matrix's badges and note icons, painted exactly as the table paints them.
#pragma once

#include <QFrame>

class QGridLayout;

namespace keyward::ui {

class LegendWidget : public QFrame
{
    Q_OBJECT
public:
    explicit LegendWidget(QWidget *parent = nullptr);

    // Entries shown: one per coverage kind plus the two notes.
    int entryCount() const { return m_entries; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    // `swatchName` is what a screen reader says for the picture: the badge's or the option's name.
    void addEntry(const QPixmap &swatch, const QString &swatchName, const QString &title, const QString &text,
                  const QString &id, const QString &toolTip);

    QGridLayout *m_grid = nullptr;
    int m_entries = 0;
};

} // namespace keyward::ui
