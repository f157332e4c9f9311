// File ▸ Drill history…: every drill of the journal folders in a sortable table (DrillHistoryTableModel),
// filtered by cluster; double-click (or Open replay) opens a drill's replay; two selected rows (Compare)
// show them side by side, each key figure of the older next to the newer's, worse ones marked
// (DrillComparison). The folders are scanned off the GUI thread (DrillHistoryLoader). Presentation only.
// Deletes itself when closed (WA_DeleteOnClose); GUI thread.
#pragma once

#include <QDialog>
#include <QStringList>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace etcddrill {

class DrillHistoryLoader;
class DrillHistoryTableModel;

class DrillHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    // folder: the journal folder to list first (the open config's drill.journal-dir, else the default).
    explicit DrillHistoryDialog(const QString& folder, QWidget* parent = nullptr);

    QString folder() const;
    void setFolder(const QString& folder); // and scan it
    bool isLoading() const;
    QTableView* table() const { return m_table; }
    // "": all. Unreadable folders stay listed under any filter. A cluster not listed yet is chosen once the
    // scan names it.
    void setClusterFilter(const QString& cluster);
    QStringList selectedFolders() const; // oldest first

signals:
    void replayRequested(const QString& drillFolder);

protected:
    void changeEvent(QEvent* event) override;

private:
    void reload();
    void applyFilter();
    void loaded(const QStringList& problems);
    void selectionChanged();
    void compareSelected();
    void openSelected();
    void retranslateUi();

    DrillHistoryLoader* m_loader;
    DrillHistoryTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QPushButton* m_reload;
    QLabel* m_clusterLabel;
    QComboBox* m_cluster;
    QTableView* m_table;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
    QPushButton* m_compare;
    QPushButton* m_open;
    QStringList m_problems;
    QString m_wantedCluster;
};

} // namespace etcddrill
