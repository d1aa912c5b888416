// MatrixView: the table that shows a MatrixModel: heading rows spanned, badges painted, columns sized to fit.
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

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void applySpans();
    void fitColumns();
    void distributeColumns();

    QList<int> m_minWidths; // per column: the widest content it may ever have to show
};

} // namespace keyward::ui
