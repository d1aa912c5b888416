// MatrixView: the table that shows a MatrixModel: heading rows spanned, badges painted, columns sized to fit, and
// a data row's activation passed on.
#pragma once

#include <QList>
#include <QTableView>

namespace keyward::ui {

class MatrixModel;

class MatrixView : public QTableView
{
    Q_OBJECT
public:
    explicit MatrixView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    MatrixModel *matrixModel() const;

    QSize sizeHint() const override;
    // The narrowest a column may be: a coverage column's badges and notes whole, its key text shortened.
    int minimumColumnWidth(int column) const { return m_minWidths.value(column); }

signals:
    // A data row's cell was activated (double-click, or Enter on the current cell): show what is behind it.
    void dataTypeActivated(const QString &dataTypeId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applySpans();
    void fitColumns();
    void distributeColumns();

    QList<int> m_minWidths; // per column: the widest content it may ever have to show
};

} // namespace keyward::ui
