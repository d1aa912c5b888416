// tst_accessibility: what a keyboard or screen-reader user meets, read through Qt's accessibility interfaces
// offscreen: every widget one can focus or act on in the console (empty state, each view, the what-if viewer)
// has a name, and the arrow keys move the coverage matrix's current cell, whose accessible text says the
// state in words. tests/atspi drives the same window over the real accessibility bus.
#include "MainWindow.h"
#include "MatrixModel.h"
#include "MatrixView.h"
#include "model/Coverage.h"
#include "secrets/SecretStore.h"
#include "services/WorkspaceService.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleInterface>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace keyward;
using keyward::ui::MainWindow;
using keyward::ui::MatrixModel;
using keyward::ui::MatrixView;

namespace {

QString accessibleName(QObject *object)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(object);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Widgets a user can reach with the keyboard or act on with a screen reader: focusable ones, buttons, item
// views and tab bars. The header of a table or tree is not one of them: assistive technology meets it as the
// view's column header cells, named by the column titles.
bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QHeaderView *>(w) && qobject_cast<const QAbstractItemView *>(w->parentWidget()))
        return false;
    return w->focusPolicy() != Qt::NoFocus || qobject_cast<const QAbstractButton *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTabBar *>(w) ||
           qobject_cast<const QComboBox *>(w) || qobject_cast<const QLineEdit *>(w);
}

// "class objectName" of every shown interactive widget of `window` without an accessible name, and of every
// tab of a shown tab bar without one.
QStringList unnamedWidgets(QWidget *window)
{
    QStringList unnamed;
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !isInteractive(w))
            continue;
        const QString what =
            QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        if (accessibleName(w).isEmpty())
            unnamed << what;
        if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(tabs);
            for (int i = 0; iface && i < iface->childCount(); ++i) {
                if (iface->child(i)->text(QAccessible::Name).trimmed().isEmpty())
                    unnamed << QStringLiteral("%1, tab %2").arg(what).arg(i);
            }
        }
    }
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void consoleWidgetsHaveNames();
    void whatIfViewerWidgetsHaveNames();
    void matrixIsNavigableWithArrows();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<secrets::MemorySecretStore> m_secrets;
    std::unique_ptr<services::Context> m_context;
};

void TestAccessibility::init()
{
    QAccessible::setActive(true); // as when an assistive technology is listening
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_secrets = std::make_unique<secrets::MemorySecretStore>();
    m_context = std::make_unique<services::Context>(m_dir->path(), *m_secrets, nullptr);
}

void TestAccessibility::cleanup()
{
    m_context.reset();
    m_secrets.reset();
    m_dir.reset();
}

void TestAccessibility::consoleWidgetsHaveNames()
{
    MainWindow window(*m_context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The empty state: its buttons and the workspace list.
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("emptyState"))->isVisible());
    QStringList unnamed = unnamedWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("empty state: ") + unnamed.join(QStringLiteral("; "))));

    // Each view of a workspace.
    services::CreateWorkspaceRequest request;
    request.name = QStringLiteral("named");
    QVERIFY(services::WorkspaceService(*m_context).create(request).ok());
    window.reload();
    QVERIFY(window.selectWorkspace(QStringLiteral("named")));
    auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
    QVERIFY(views && views->isVisible());
    QVERIFY(views->count() >= 3);
    int checked = 0;
    for (int i = 0; i < views->count(); ++i) {
        views->setCurrentIndex(i);
        QVERIFY(!accessibleName(views->tabBar()).isEmpty());
        unnamed = unnamedWidgets(&window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(views->tabText(i) + QStringLiteral(": ") + unnamed.join(QStringLiteral("; "))));
        ++checked;
    }
    QCOMPARE(checked, views->count());
}

void TestAccessibility::whatIfViewerWidgetsHaveNames()
{
    MainWindow window(model::Workspace::sample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QStringList unnamed = unnamedWidgets(&window);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
    // The matrix in particular: a table with no name is read as an anonymous "table".
    auto *matrix = window.findChild<MatrixView *>(QStringLiteral("matrixView"));
    QVERIFY(matrix);
    QVERIFY(!accessibleName(matrix).isEmpty());
    QCOMPARE(QAccessible::queryAccessibleInterface(matrix)->role(), QAccessible::Table);
}

void TestAccessibility::matrixIsNavigableWithArrows()
{
    MainWindow window(model::Workspace::sample());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *matrix = window.findChild<MatrixView *>(QStringLiteral("matrixView"));
    QVERIFY(matrix);
    QVERIFY(matrix->focusPolicy() & Qt::TabFocus); // reached with Tab like any other control
    matrix->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(matrix->hasFocus());
    const QAbstractItemModel *model = matrix->model();
    const int rows = model->rowCount();
    QVERIFY(rows > 2);

    // Down walks every row, heading rows included, to the last; Up walks back to the first.
    matrix->setCurrentIndex(model->index(0, MatrixModel::DataTypeColumn));
    for (int row = 1; row < rows; ++row) {
        QTest::keyClick(matrix, Qt::Key_Down);
        QCOMPARE(matrix->currentIndex().row(), row);
    }
    QTest::keyClick(matrix, Qt::Key_Down);
    QCOMPARE(matrix->currentIndex().row(), rows - 1); // stays on the last row
    for (int row = rows - 2; row >= 0; --row) {
        QTest::keyClick(matrix, Qt::Key_Up);
        QCOMPARE(matrix->currentIndex().row(), row);
    }

    // Right walks a data type's row across every column, Left walks back.
    const auto *matrixModel = qobject_cast<const MatrixModel *>(model);
    QVERIFY(matrixModel);
    int dataRow = 0;
    while (dataRow < rows && matrixModel->isHeadingRow(dataRow))
        ++dataRow;
    QVERIFY(dataRow < rows);
    // Columns the view hides (the location, which the group headings say) are stepped over.
    QList<int> shown;
    for (int col = 0; col < MatrixModel::ColumnCount; ++col) {
        if (!matrix->isColumnHidden(col))
            shown << col;
    }
    QVERIFY(shown.size() > 2);
    matrix->setCurrentIndex(model->index(dataRow, shown.first()));
    for (int i = 1; i < shown.size(); ++i) {
        QTest::keyClick(matrix, Qt::Key_Right);
        QCOMPARE(matrix->currentIndex(), model->index(dataRow, shown.at(i)));
    }
    for (int i = int(shown.size()) - 2; i >= 0; --i) {
        QTest::keyClick(matrix, Qt::Key_Left);
        QCOMPARE(matrix->currentIndex(), model->index(dataRow, shown.at(i)));
    }

    // Down from a coverage cell keeps to its column; the current cell's accessible text says the state in words
    // (never colour alone), and the table's accessible interface gives that text as the cell's name.
    int keyed = -1;
    for (int col = MatrixModel::ManagedServicesColumn; col < MatrixModel::ColumnCount && keyed < 0; ++col) {
        if (model->index(dataRow, col).data(MatrixModel::CoverageRole).isValid())
            keyed = col;
    }
    QVERIFY(keyed >= 0);
    matrix->setCurrentIndex(model->index(dataRow, keyed));
    const QString text = matrix->currentIndex().data(Qt::AccessibleTextRole).toString();
    const auto coverage = model::Coverage(matrix->currentIndex().data(MatrixModel::CoverageRole).toInt());
    QVERIFY2(text.startsWith(model::coverageDisplayName(coverage)), qPrintable(text));
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(matrix);
    QVERIFY(table && table->tableInterface());
    QAccessibleInterface *cell = table->tableInterface()->cellAt(dataRow, keyed);
    QVERIFY(cell);
    QCOMPARE(cell->text(QAccessible::Name), text);
    QTest::keyClick(matrix, Qt::Key_Down);
    QCOMPARE(matrix->currentIndex().column(), keyed);
    QCOMPARE(matrix->currentIndex().row(), dataRow + 1);
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
