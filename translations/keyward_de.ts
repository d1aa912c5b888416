<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MatrixCommand</name>
    <message>
        <source>keywardctl matrix: %1</source>
        <translation>keywardctl matrix: %1</translation>
    </message>
    <message>
        <source>Usage: keywardctl matrix [options]</source>
        <translation>Aufruf: keywardctl matrix [Optionen]</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (expected %2)</source>
        <translation>unbekannte Option &apos;%1&apos; (erwartet: %2)</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>2x</source>
        <translation>2x</translation>
    </message>
    <message>
        <source>auto-rotate</source>
        <translation>Auto-Rotation</translation>
    </message>
    <message>
        <source>platform-managed key in effect</source>
        <translation>plattformseitig verwalteter Schlüssel aktiv</translation>
    </message>
    <message>
        <source>platform-managed key</source>
        <translation>plattformseitig verwalteter Schlüssel</translation>
    </message>
    <message>
        <source>now in %1</source>
        <translation>jetzt in %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>DATA TYPE</source>
        <translation>DATENTYP</translation>
    </message>
    <message>
        <source>CMK FEATURE</source>
        <translation>CMK-FUNKTION</translation>
    </message>
    <message>
        <source>COVERAGE</source>
        <translation>ABDECKUNG</translation>
    </message>
    <message>
        <source>KEY / DETAIL</source>
        <translation>SCHLÜSSEL / DETAIL</translation>
    </message>
    <message>
        <source>Summary: %1 data types (%2).</source>
        <translation>Zusammenfassung: %1 Datentypen (%2).</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Double encryption: a platform-keyed infrastructure layer is added in the DBFS root.</source>
        <translation>Doppelte Verschlüsselung: Im DBFS-Stamm kommt eine Verschlüsselungsschicht auf Infrastrukturebene mit Plattformschlüssel hinzu.</translation>
    </message>
    <message>
        <source>Managed disks follow the latest version of their key automatically.</source>
        <translation>Verwaltete Datenträger verwenden automatisch die neueste Version ihres Schlüssels.</translation>
    </message>
    <message>
        <source>Prints, for every type of workspace data, which customer-managed key feature covers it and which key protects it now.</source>
        <translation>Gibt für jeden Datentyp eines Arbeitsbereichs aus, welche Funktion für kundenseitig verwaltete Schlüssel ihn abdeckt und welcher Schlüssel ihn derzeit schützt.</translation>
    </message>
    <message>
        <source>Print the matrix as JSON (format keyward.matrix, version 1).</source>
        <translation>Die Matrix als JSON ausgeben (Format keyward.matrix, Version 1).</translation>
    </message>
    <message>
        <source>Workspace plan: standard or premium (default: premium).</source>
        <translation>Tarif des Arbeitsbereichs: standard oder premium (Vorgabe: premium).</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Turn on a workspace option (repeatable): notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest.</source>
        <translation>Eine Option des Arbeitsbereichs aktivieren (mehrfach möglich): notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Workspace region, e.g. westeurope.</source>
        <translation>Region des Arbeitsbereichs, z. B. westeurope.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Workspace name (default: workspace).</source>
        <translation>Name des Arbeitsbereichs (Vorgabe: workspace).</translation>
    </message>
    <message>
        <source>Assign a key to a feature (repeatable), e.g. managed-services=https://vault/keys/k/v. Features without one show a platform-managed key in effect.</source>
        <translation>Einer Funktion einen Schlüssel zuweisen (mehrfach möglich), z. B. managed-services=https://vault/keys/k/v. Bei Funktionen ohne Schlüssel wird ein plattformseitig verwalteter Schlüssel als aktiv angezeigt.</translation>
    </message>
    <message>
        <source>feature=key-id</source>
        <translation>Funktion=Schlüssel-ID</translation>
    </message>
    <message>
        <source>Start from the demo workspace (Premium, two features keyed).</source>
        <translation>Vom Demo-Arbeitsbereich ausgehen (Premium, zwei Funktionen mit Schlüssel).</translation>
    </message>
    <message>
        <source>In the table, print each cell&apos;s reason under its row.</source>
        <translation>In der Tabelle die Begründung jeder Zelle unter ihrer Zeile ausgeben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>keyward</name>
    <message>
        <source>keyward: %1</source>
        <translation>keyward: %1</translation>
    </message>
    <message>
        <source>Customer-managed key console.</source>
        <translation>Konsole für kundenseitig verwaltete Schlüssel.</translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown and laid out, then quit.</source>
        <translation>Das Fenster als PNG speichern, sobald es angezeigt und angeordnet ist, und dann beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open the demo workspace on this plan: standard or premium.</source>
        <translation>Den Demo-Arbeitsbereich mit diesem Tarif öffnen: standard oder premium.</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Turn on a workspace option in the demo workspace (repeatable).</source>
        <translation>Eine Option im Demo-Arbeitsbereich aktivieren (mehrfach möglich).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>unknown plan &apos;%1&apos; (expected standard or premium)</source>
        <translation>unbekannter Tarif &apos;%1&apos; (erwartet: standard oder premium)</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>keyward: cannot write %1</source>
        <translation>keyward: %1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>keyward::model::Coverage</name>
    <message>
        <source>Customer key</source>
        <translation>Kundenschlüssel</translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation>Noch kein Schlüssel</translation>
    </message>
    <message>
        <source>Platform key only</source>
        <translation>Nur Plattformschlüssel</translation>
    </message>
    <message>
        <source>Needs Premium</source>
        <translation>Erfordert Premium</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verlagert</translation>
    </message>
    <message>
        <source>Encrypted under your customer-managed key.</source>
        <translation>Mit Ihrem kundenseitig verwalteten Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>The feature applies but has no key yet; a platform-managed key is in effect.</source>
        <translation>Die Funktion greift, hat aber noch keinen Schlüssel; ein plattformseitig verwalteter Schlüssel ist aktiv.</translation>
    </message>
    <message>
        <source>Customer-managed keys cannot apply; always a platform-managed key.</source>
        <translation>Kundenseitig verwaltete Schlüssel sind hier nicht möglich; es gilt immer ein plattformseitig verwalteter Schlüssel.</translation>
    </message>
    <message>
        <source>Standard plan: no customer-managed keys; a platform-managed key is in effect.</source>
        <translation>Standard-Tarif: keine kundenseitig verwalteten Schlüssel; ein plattformseitig verwalteter Schlüssel ist aktiv.</translation>
    </message>
    <message>
        <source>A workspace option keeps this data elsewhere; nothing is stored here.</source>
        <translation>Eine Option des Arbeitsbereichs legt diese Daten an anderer Stelle ab; hier wird nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>keyward::model::DataType</name>
    <message>
        <source>Notebook source and metadata</source>
        <translation>Notebook-Quelltext und Metadaten</translation>
    </message>
    <message>
        <source>Notebook code and its metadata, kept in the control plane.</source>
        <translation>Notebook-Code und seine Metadaten, gespeichert in der Steuerungsebene.</translation>
    </message>
    <message>
        <source>PATs / Git credentials for Git folders</source>
        <translation>PATs / Git-Anmeldedaten für Git-Ordner</translation>
    </message>
    <message>
        <source>Personal access tokens and other credentials used for Git integration with Git folders.</source>
        <translation>Persönliche Zugriffstoken und andere Anmeldedaten für die Git-Integration mit Git-Ordnern.</translation>
    </message>
    <message>
        <source>Secrets from the secret manager APIs</source>
        <translation>Geheimnisse aus den Secret-Manager-APIs</translation>
    </message>
    <message>
        <source>Secrets stored through the secret manager APIs.</source>
        <translation>Über die Secret-Manager-APIs gespeicherte Geheimnisse.</translation>
    </message>
    <message>
        <source>Databricks SQL queries and query history</source>
        <translation>Databricks-SQL-Abfragen und Abfrageverlauf</translation>
    </message>
    <message>
        <source>Saved SQL queries and the query history.</source>
        <translation>Gespeicherte SQL-Abfragen und der Abfrageverlauf.</translation>
    </message>
    <message>
        <source>Interactive notebook results (partial, default)</source>
        <translation>Interaktive Notebook-Ergebnisse (teilweise, Vorgabe)</translation>
    </message>
    <message>
        <source>By default, results of notebooks run interactively are kept in the control plane for speed; large results go to the workspace root storage.</source>
        <translation>Standardmäßig werden Ergebnisse interaktiv ausgeführter Notebooks aus Geschwindigkeitsgründen in der Steuerungsebene gehalten; große Ergebnisse gehen in den Stammspeicher des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Customer-accessible DBFS root data, incl. FileStore</source>
        <translation>Für Kunden zugängliche DBFS-Stammdaten, inkl. FileStore</translation>
    </message>
    <message>
        <source>Files in the workspace&apos;s DBFS root, including the FileStore area.</source>
        <translation>Dateien im DBFS-Stamm des Arbeitsbereichs, einschließlich des FileStore-Bereichs.</translation>
    </message>
    <message>
        <source>Job results</source>
        <translation>Job-Ergebnisse</translation>
    </message>
    <message>
        <source>Results of notebooks and tasks run as jobs.</source>
        <translation>Ergebnisse von Notebooks und Aufgaben, die als Jobs laufen.</translation>
    </message>
    <message>
        <source>Databricks SQL results</source>
        <translation>Databricks-SQL-Ergebnisse</translation>
    </message>
    <message>
        <source>Result sets of SQL queries.</source>
        <translation>Ergebnismengen von SQL-Abfragen.</translation>
    </message>
    <message>
        <source>MLflow models</source>
        <translation>MLflow-Modelle</translation>
    </message>
    <message>
        <source>Models logged with MLflow to the workspace root storage.</source>
        <translation>Mit MLflow im Stammspeicher des Arbeitsbereichs protokollierte Modelle.</translation>
    </message>
    <message>
        <source>Delta Live Tables on DBFS-root paths (not mount points)</source>
        <translation>Delta Live Tables auf DBFS-Stammpfaden (keine Einhängepunkte)</translation>
    </message>
    <message>
        <source>Delta Live Tables stored under a DBFS root path; paths that are mount points to other data sources are not covered.</source>
        <translation>Delta Live Tables unter einem DBFS-Stammpfad; Pfade, die Einhängepunkte anderer Datenquellen sind, fallen nicht darunter.</translation>
    </message>
    <message>
        <source>Interactive notebook results (large, or all when configured)</source>
        <translation>Interaktive Notebook-Ergebnisse (große, oder alle wenn eingestellt)</translation>
    </message>
    <message>
        <source>Large interactive results, or all of them when the workspace stores notebook results in customer storage.</source>
        <translation>Große interaktive Ergebnisse, oder alle, wenn der Arbeitsbereich Notebook-Ergebnisse im Kundenspeicher ablegt.</translation>
    </message>
    <message>
        <source>Other workspace system data, e.g. notebook revisions</source>
        <translation>Weitere Systemdaten des Arbeitsbereichs, z. B. Notebook-Revisionen</translation>
    </message>
    <message>
        <source>System data in the root storage that DBFS does not expose, such as notebook revisions.</source>
        <translation>Systemdaten im Stammspeicher, die DBFS nicht zugänglich macht, etwa Notebook-Revisionen.</translation>
    </message>
    <message>
        <source>Model Serving: artifacts and version metadata you create</source>
        <translation>Model Serving: von Ihnen erstellte Artefakte und Versionsmetadaten</translation>
    </message>
    <message>
        <source>Model artifacts and version metadata you create, kept in the DBFS root and used by the model registry and MLflow.</source>
        <translation>Von Ihnen erstellte Modellartefakte und Versionsmetadaten, gespeichert im DBFS-Stamm und genutzt von Modellregistrierung und MLflow.</translation>
    </message>
    <message>
        <source>Temporary VM disks of classic compute</source>
        <translation>Temporäre VM-Datenträger klassischer Compute-Ressourcen</translation>
    </message>
    <message>
        <source>Temporary disk storage of cluster VMs in the classic compute plane in your subscription.</source>
        <translation>Temporärer Datenträgerspeicher der Cluster-VMs in der klassischen Compute-Ebene Ihres Abonnements.</translation>
    </message>
    <message>
        <source>Model Serving: model image, ephemeral serverless storage</source>
        <translation>Model Serving: Modell-Image, flüchtiger Serverless-Speicher</translation>
    </message>
    <message>
        <source>Created by the platform on your behalf and encrypted with platform-managed keys; customer-managed keys are not supported.</source>
        <translation>Von der Plattform in Ihrem Auftrag erstellt und mit plattformverwalteten Schlüsseln verschlüsselt; kundenseitig verwaltete Schlüssel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Serverless compute disks</source>
        <translation>Datenträger von Serverless-Compute</translation>
    </message>
    <message>
        <source>Short-lived disks tied to the serverless workload; managed-disk customer keys do not apply to serverless compute.</source>
        <translation>Kurzlebige Datenträger, an die Serverless-Workload gebunden; Kundenschlüssel für verwaltete Datenträger gelten nicht für Serverless-Compute.</translation>
    </message>
</context>
<context>
    <name>keyward::model::Feature</name>
    <message>
        <source>Managed services</source>
        <translation>Verwaltete Dienste</translation>
    </message>
    <message>
        <source>DBFS root</source>
        <translation>DBFS-Stamm</translation>
    </message>
    <message>
        <source>Managed disks</source>
        <translation>Verwaltete Datenträger</translation>
    </message>
    <message>
        <source>Platform key only</source>
        <translation>Nur Plattformschlüssel</translation>
    </message>
</context>
<context>
    <name>keyward::model::Location</name>
    <message>
        <source>Control plane</source>
        <translation>Steuerungsebene</translation>
    </message>
    <message>
        <source>Workspace root storage</source>
        <translation>Stammspeicher des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Classic compute plane</source>
        <translation>Klassische Computeebene</translation>
    </message>
    <message>
        <source>Serverless compute</source>
        <translation>Serverloses Compute</translation>
    </message>
    <message>
        <source>Run by the platform; protected by the managed services key.</source>
        <translation>Von der Plattform betrieben; geschützt durch den Schlüssel für verwaltete Dienste.</translation>
    </message>
    <message>
        <source>The DBFS root storage account in your subscription; protected by the DBFS root key.</source>
        <translation>Das Speicherkonto des DBFS-Stamms in Ihrem Abonnement; geschützt durch den Schlüssel für den DBFS-Stamm.</translation>
    </message>
    <message>
        <source>Classic compute VMs in your subscription; protected by the managed disks key.</source>
        <translation>Klassische Compute-VMs in Ihrem Abonnement; geschützt durch den Schlüssel für verwaltete Datenträger.</translation>
    </message>
    <message>
        <source>Run by the platform on your behalf; platform-managed keys only.</source>
        <translation>Von der Plattform in Ihrem Auftrag betrieben; nur plattformseitig verwaltete Schlüssel.</translation>
    </message>
</context>
<context>
    <name>keyward::model::MatrixRules</name>
    <message>
        <source>All interactive notebook results are stored in customer storage, so none are kept in the control plane; they are covered by the DBFS root key instead.</source>
        <translation>Alle interaktiven Notebook-Ergebnisse werden im Kundenspeicher abgelegt, daher verbleiben keine in der Steuerungsebene; sie sind stattdessen durch den Schlüssel für den DBFS-Stamm abgedeckt.</translation>
    </message>
    <message>
        <source>The Standard plan has no customer-managed keys; a platform-managed key protects this data. %1 needs the Premium plan.</source>
        <translation>Der Standard-Tarif bietet keine kundenseitig verwalteten Schlüssel; ein plattformseitig verwalteter Schlüssel schützt diese Daten. „%1“ erfordert den Premium-Tarif.</translation>
    </message>
    <message>
        <source>Protected by the %1 customer key %2.</source>
        <translation>Geschützt durch den Kundenschlüssel für „%1“: %2.</translation>
    </message>
    <message>
        <source>%1 has no customer key assigned yet; a platform-managed key protects this data.</source>
        <translation>Für „%1“ ist noch kein Kundenschlüssel zugewiesen; ein plattformseitig verwalteter Schlüssel schützt diese Daten.</translation>
    </message>
    <message>
        <source>Holds all interactive notebook results (option on).</source>
        <translation>Enthält alle interaktiven Notebook-Ergebnisse (Option aktiviert).</translation>
    </message>
    <message>
        <source>Holds only large interactive results; the rest stay in the control plane.</source>
        <translation>Enthält nur große interaktive Ergebnisse; der Rest verbleibt in der Steuerungsebene.</translation>
    </message>
    <message>
        <source>Double encryption adds a platform-keyed infrastructure layer.</source>
        <translation>Die doppelte Verschlüsselung fügt eine Verschlüsselungsschicht auf Infrastrukturebene mit Plattformschlüssel hinzu.</translation>
    </message>
    <message>
        <source>Disks follow the latest key version automatically.</source>
        <translation>Datenträger verwenden automatisch die neueste Schlüsselversion.</translation>
    </message>
    <message>
        <source>Rotate-to-latest takes effect once a key is assigned.</source>
        <translation>Die automatische Rotation auf die neueste Version greift, sobald ein Schlüssel zugewiesen ist.</translation>
    </message>
</context>
<context>
    <name>keyward::model::Plan</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Premium</source>
        <translation>Premium</translation>
    </message>
</context>
<context>
    <name>keyward::model::WorkspaceOptions</name>
    <message>
        <source>Store all notebook results in customer storage</source>
        <translation>Alle Notebook-Ergebnisse im Kundenspeicher ablegen</translation>
    </message>
    <message>
        <source>Double encryption of DBFS root</source>
        <translation>Doppelte Verschlüsselung des DBFS-Stamms</translation>
    </message>
    <message>
        <source>Managed disks rotate to latest key version</source>
        <translation>Auto-Rotation für verwaltete Datenträger</translation>
    </message>
    <message>
        <source>Interactive notebook results leave the control plane and are all kept in workspace root storage, under the DBFS root key.</source>
        <translation>Interaktive Notebook-Ergebnisse verlassen die Steuerungsebene und werden vollständig im Stammspeicher des Arbeitsbereichs abgelegt, geschützt durch den Schlüssel für den DBFS-Stamm.</translation>
    </message>
    <message>
        <source>Adds a second, platform-keyed infrastructure encryption layer to everything in the DBFS root.</source>
        <translation>Fügt allen Daten im DBFS-Stamm eine zweite Verschlüsselungsschicht auf Infrastrukturebene mit Plattformschlüssel hinzu.</translation>
    </message>
    <message>
        <source>Classic compute disks follow the newest version of the managed-disk key automatically.</source>
        <translation>Die Datenträger der klassischen Computeebene verwenden automatisch die neueste Version des Schlüssels für verwaltete Datenträger.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::LegendWidget</name>
    <message>
        <source>Your customer-managed key protects this data.</source>
        <translation>Ihr kundenseitig verwalteter Schlüssel schützt diese Daten.</translation>
    </message>
    <message>
        <source>No key assigned yet: platform key in effect.</source>
        <translation>Noch kein Schlüssel zugewiesen: Plattformschlüssel aktiv.</translation>
    </message>
    <message>
        <source>Customer keys cannot apply here.</source>
        <translation>Kundenschlüssel sind hier nicht möglich.</translation>
    </message>
    <message>
        <source>Standard plan: no customer keys at all.</source>
        <translation>Standard-Tarif: gar keine Kundenschlüssel.</translation>
    </message>
    <message>
        <source>An option keeps this data elsewhere.</source>
        <translation>Eine Option legt diese Daten anderswo ab.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Double encryption:</source>
        <translation>Doppelte Verschlüsselung:</translation>
    </message>
    <message>
        <source>extra platform-keyed layer.</source>
        <translation>zusätzliche Schicht mit Plattformschlüssel.</translation>
    </message>
    <message>
        <source>Auto-rotate:</source>
        <translation>Auto-Rotation:</translation>
    </message>
    <message>
        <source>disks follow the latest key version.</source>
        <translation>Datenträger nutzen die neueste Schlüsselversion.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation>Konsole schließen</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Go back to the workspace&apos;s own plan and options</source>
        <translation>Ursprünglichen Tarif und Optionen des Arbeitsbereichs wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation>&amp;Über Keyward</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 - Keyward</source>
        <translation>%1 - Keyward</translation>
    </message>
    <message>
        <source>Encryption coverage</source>
        <translation>Verschlüsselungsabdeckung</translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation>%1-Tarif, %2</translation>
    </message>
    <message>
        <source>Which key protects each type of data in %1 (%2). Hover a cell for the reason.</source>
        <translation>Welcher Schlüssel welche Daten in %1 (%2) schützt. Begründung im Tooltip jeder Zelle.</translation>
    </message>
    <message>
        <source>%1 data types</source>
        <translation>%1 Datentypen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation>Über Keyward</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Keyward %1</source>
        <translation>Keyward %1</translation>
    </message>
    <message>
        <source>A console for customer-managed encryption keys of data platform workspaces.</source>
        <translation>Eine Konsole für kundenseitig verwaltete Verschlüsselungsschlüssel von Arbeitsbereichen auf Datenplattformen.</translation>
    </message>
    <message>
        <source>See which key protects each type of data, set keys up, rotate them and prove it.</source>
        <translation>Sehen Sie, welcher Schlüssel welche Daten schützt, richten Sie Schlüssel ein, rotieren Sie sie und weisen Sie all das nach.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::MatrixModel</name>
    <message>
        <source>Control plane</source>
        <translation>Steuerungsebene</translation>
    </message>
    <message>
        <source>Root storage</source>
        <translation>Stammspeicher</translation>
    </message>
    <message>
        <source>Classic compute</source>
        <translation>Klassisches Compute</translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation>Serverlos</translation>
    </message>
    <message>
        <source>Double encryption on.</source>
        <translation>Doppelte Verschlüsselung aktiviert.</translation>
    </message>
    <message>
        <source>Rotates to the latest key version.</source>
        <translation>Rotiert auf die neueste Schlüsselversion.</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Speicherort</translation>
    </message>
    <message>
        <source>Platform only</source>
        <translation>Nur Plattform</translation>
    </message>
    <message>
        <source>Data that only platform-managed keys can protect.</source>
        <translation>Daten, die nur plattformseitig verwaltete Schlüssel schützen können.</translation>
    </message>
    <message>
        <source>%1: needs the Premium plan.</source>
        <translation>%1: erfordert den Premium-Tarif.</translation>
    </message>
    <message>
        <source>%1 key: %2</source>
        <translation>Schlüssel für „%1“: %2</translation>
    </message>
    <message>
        <source>%1: no customer key assigned.</source>
        <translation>%1: kein Kundenschlüssel zugewiesen.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::WorkspacePanel</name>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Customer-managed keys need the Premium plan.</source>
        <translation>Kundenseitig verwaltete Schlüssel erfordern den Premium-Tarif.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Customer-managed keys available.</source>
        <translation>Kundenschlüssel verfügbar.</translation>
    </message>
    <message>
        <source>No customer-managed keys.</source>
        <translation>Keine Kundenschlüssel.</translation>
    </message>
    <message>
        <source>No key assigned</source>
        <translation>Kein Schlüssel</translation>
    </message>
    <message>
        <source>%1 (inactive on Standard)</source>
        <translation>%1 (inaktiv bei Standard)</translation>
    </message>
</context>
<context>
    <name>keywardctl</name>
    <message>
        <source>format error</source>
        <translation>Formatfehler</translation>
    </message>
    <message>
        <source>key error</source>
        <translation>Schlüsselfehler</translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation>Authentifizierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>key disabled</source>
        <translation>Schlüssel deaktiviert</translation>
    </message>
    <message>
        <source>key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <source>key not yet valid</source>
        <translation>Schlüssel noch nicht gültig</translation>
    </message>
    <message>
        <source>key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>wrong passphrase or PIN</source>
        <translation>falsche Passphrase oder PIN</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>not supported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Weitere Informationen mit &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht erstellt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Keyward&apos;s data directory (default: $KEYWARD_DATA_DIR, else ~/.local/share/keyward).</source>
        <translation>Datenverzeichnis von Keyward (Vorgabe: $KEYWARD_DATA_DIR, sonst ~/.local/share/keyward).</translation>
    </message>
    <message>
        <source>Read a vault passphrase from FILE (- for standard input) instead of asking on the terminal.</source>
        <translation>Die Passphrase des Tresors aus FILE lesen (- für die Standardeingabe), statt im Terminal nachzufragen.</translation>
    </message>
    <message>
        <source>Read a token PIN from FILE (- for standard input) instead of the keychain or the terminal.</source>
        <translation>Die PIN des Tokens aus FILE lesen (- für die Standardeingabe), statt aus dem Schlüsselbund oder im Terminal.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>The KWE1 object, or - for standard input.</source>
        <translation>Das KWE1-Objekt oder - für die Standardeingabe.</translation>
    </message>
    <message>
        <source>Show a KWE1 object&apos;s header and layout. No key is used.
Exit status: 0 well-formed, 3 format error, 1 other error.</source>
        <translation>Header und Aufbau eines KWE1-Objekts anzeigen. Es wird kein Schlüssel verwendet.
Exit-Status: 0 wohlgeformt, 3 Formatfehler, 1 sonstiger Fehler.</translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation>genau ein FILE erwartet</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>segment size</source>
        <translation>Segmentgröße</translation>
    </message>
    <message>
        <source>object_id</source>
        <translation>object_id</translation>
    </message>
    <message>
        <source>nonce_prefix</source>
        <translation>nonce_prefix</translation>
    </message>
    <message>
        <source>fk_id</source>
        <translation>fk_id</translation>
    </message>
    <message>
        <source>object size</source>
        <translation>Objektgröße</translation>
    </message>
    <message>
        <source>segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Usage: keywardctl envelope inspect FILE [--json]
Run &apos;keywardctl envelope inspect --help&apos; for details.</source>
        <translation>Aufruf: keywardctl envelope inspect FILE [--json]
Details mit &apos;keywardctl envelope inspect --help&apos;.</translation>
    </message>
    <message>
        <source>The key store (see &apos;keywardctl store list&apos;).</source>
        <translation>Der Schlüsselspeicher (siehe &apos;keywardctl store list&apos;).</translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation>Der Name des Schlüssels.</translation>
    </message>
    <message>
        <source>expected --store STORE and the key&apos;s NAME</source>
        <translation>erwartet: --store STORE und den NAME des Schlüssels</translation>
    </message>
    <message>
        <source>expected --store STORE</source>
        <translation>erwartet: --store STORE</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>LÄUFT AB</translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation>GÜLTIG AB</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>List soft-deleted keys instead.</source>
        <translation>Stattdessen vorläufig gelöschte Schlüssel auflisten.</translation>
    </message>
    <message>
        <source>List the keys in a store (newest version of each).</source>
        <translation>Die Schlüssel eines Speichers auflisten (jeweils die neueste Version).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>DELETED ON</source>
        <translation>GELÖSCHT AM</translation>
    </message>
    <message>
        <source>PURGE AFTER</source>
        <translation>ENDGÜLTIGE LÖSCHUNG AB</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYP</translation>
    </message>
    <message>
        <source>NEWEST VERSION</source>
        <translation>NEUESTE VERSION</translation>
    </message>
    <message>
        <source>Show one version only.</source>
        <translation>Nur eine Version anzeigen.</translation>
    </message>
    <message>
        <source>Show a key&apos;s versions and attributes.</source>
        <translation>Die Versionen und Attribute eines Schlüssels anzeigen.</translation>
    </message>
    <message>
        <source>key %1: %2-%3, operations %4, %5</source>
        <translation>Schlüssel %1: %2-%3, Operationen %4, %5</translation>
    </message>
    <message>
        <source>HSM-backed</source>
        <translation>HSM-gestützt</translation>
    </message>
    <message>
        <source>software-protected</source>
        <translation>softwaregeschützt</translation>
    </message>
    <message>
        <source>rsa or aes.</source>
        <translation>rsa oder aes.</translation>
    </message>
    <message>
        <source>Bits: 2048, 3072 or 4096 for RSA (default 3072); 256 for AES.</source>
        <translation>Bits: 2048, 3072 oder 4096 für RSA (Vorgabe: 3072); 256 für AES.</translation>
    </message>
    <message>
        <source>Not usable before this date (ISO 8601).</source>
        <translation>Vor diesem Datum nicht verwendbar (ISO 8601).</translation>
    </message>
    <message>
        <source>Not usable from this date (ISO 8601).</source>
        <translation>Ab diesem Datum nicht mehr verwendbar (ISO 8601).</translation>
    </message>
    <message>
        <source>Create a key (its first version) in a store.</source>
        <translation>Einen Schlüssel (seine erste Version) in einem Speicher erstellen.</translation>
    </message>
    <message>
        <source>--type must be rsa or aes</source>
        <translation>--type muss rsa oder aes sein</translation>
    </message>
    <message>
        <source>dates are ISO 8601, e.g. 2027-06-30 or 2027-06-30T12:00:00Z</source>
        <translation>Datumsangaben im Format ISO 8601, z. B. 2027-06-30 oder 2027-06-30T12:00:00Z</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Make a new version of a key. Older versions stay enabled.</source>
        <translation>Eine neue Version eines Schlüssels erzeugen. Ältere Versionen bleiben aktiviert.</translation>
    </message>
    <message>
        <source>new version %1</source>
        <translation>neue Version %1</translation>
    </message>
    <message>
        <source>The version.</source>
        <translation>Die Version.</translation>
    </message>
    <message>
        <source>Enable a key version.</source>
        <translation>Eine Schlüsselversion aktivieren.</translation>
    </message>
    <message>
        <source>Disable a key version.</source>
        <translation>Eine Schlüsselversion deaktivieren.</translation>
    </message>
    <message>
        <source>--version is required</source>
        <translation>--version ist erforderlich</translation>
    </message>
    <message>
        <source>Delete a key: with soft delete it is kept for the retention period and can be recovered.</source>
        <translation>Einen Schlüssel löschen: Bei vorläufigem Löschen wird er für den Aufbewahrungszeitraum aufbewahrt und kann wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>deleted %1; recoverable until %2</source>
        <translation>%1 gelöscht; wiederherstellbar bis %2</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>Recover a soft-deleted key.</source>
        <translation>Einen vorläufig gelöschten Schlüssel wiederherstellen.</translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>Destroy a deleted key for good (refused while purge protection holds it).</source>
        <translation>Einen gelöschten Schlüssel endgültig vernichten (wird abgelehnt, solange der Löschschutz greift).</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>rotate after creation</source>
        <translation>Rotation nach Erstellung</translation>
    </message>
    <message>
        <source>rotate before expiry</source>
        <translation>Rotation vor Ablauf</translation>
    </message>
    <message>
        <source>new versions expire after</source>
        <translation>Ablauf neuer Versionen</translation>
    </message>
    <message>
        <source>notify before expiry</source>
        <translation>Hinweis vor Ablauf</translation>
    </message>
    <message>
        <source>Show a key&apos;s rotation policy (--json prints the Key Vault shape).</source>
        <translation>Die Rotationsrichtlinie eines Schlüssels anzeigen (--json gibt sie im Format von Key Vault aus).</translation>
    </message>
    <message>
        <source>Rotate this long after a version is created (e.g. P90D).</source>
        <translation>So lange nach dem Erstellen einer Version rotieren (z. B. P90D).</translation>
    </message>
    <message>
        <source>Rotate this long before expiry.</source>
        <translation>So lange vor dem Ablauf rotieren.</translation>
    </message>
    <message>
        <source>New versions expire this long after creation.</source>
        <translation>Neue Versionen laufen so lange nach dem Erstellen ab.</translation>
    </message>
    <message>
        <source>Notify this long before expiry.</source>
        <translation>So lange vor dem Ablauf benachrichtigen.</translation>
    </message>
    <message>
        <source>Take the policy from a Key Vault rotation-policy JSON file.</source>
        <translation>Die Richtlinie aus einer JSON-Datei mit einer Rotationsrichtlinie von Key Vault übernehmen.</translation>
    </message>
    <message>
        <source>Set a key&apos;s rotation policy.</source>
        <translation>Die Rotationsrichtlinie eines Schlüssels festlegen.</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Usage: keywardctl key policy get|set --store STORE NAME [options]</source>
        <translation>Aufruf: keywardctl key policy get|set --store STORE NAME [Optionen]</translation>
    </message>
    <message>
        <source>Usage: keywardctl key list|show|create|rotate|enable|disable|delete|recover|purge|policy --store STORE ...
Run &apos;keywardctl key &lt;command&gt; --help&apos; for details.</source>
        <translation>Aufruf: keywardctl key list|show|create|rotate|enable|disable|delete|recover|purge|policy --store STORE ...
Details mit &apos;keywardctl key &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>inspect KWE1 objects</source>
        <translation>KWE1-Objekte untersuchen</translation>
    </message>
    <message>
        <source>decrypt an object with an escrow key (break-glass)</source>
        <translation>ein Objekt mit einem Hinterlegungsschlüssel entschlüsseln (Notfallzugriff)</translation>
    </message>
    <message>
        <source>print the data-type to key-feature matrix</source>
        <translation>die Matrix Datentyp/Schlüsselfunktion ausgeben</translation>
    </message>
    <message>
        <source>add, list and inspect key stores</source>
        <translation>Schlüsselspeicher hinzufügen, auflisten und untersuchen</translation>
    </message>
    <message>
        <source>create, rotate, enable, disable, delete keys; rotation policy</source>
        <translation>Schlüssel erstellen, rotieren, aktivieren, deaktivieren, löschen; Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>Usage: keywardctl &lt;command&gt; [options]</source>
        <translation>Aufruf: keywardctl &lt;Befehl&gt; [Optionen]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;keywardctl &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation>Die Optionen eines Befehls zeigt &apos;keywardctl &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>keywardctl: unknown command &apos;%1&apos;</source>
        <translation>keywardctl: unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is too large to be a key or record</source>
        <translation>%1 ist zu groß für einen Schlüssel oder Datensatz</translation>
    </message>
    <message>
        <source>The escrow RSA private key (PEM).</source>
        <translation>Der private RSA-Hinterlegungsschlüssel (PEM).</translation>
    </message>
    <message>
        <source>An escrow record (keyward-escrow/1); repeatable.</source>
        <translation>Ein Hinterlegungsdatensatz (keyward-escrow/1); mehrfach möglich.</translation>
    </message>
    <message>
        <source>Where to write the plaintext, or - for standard output.</source>
        <translation>Wohin der Klartext geschrieben wird, oder - für die Standardausgabe.</translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation>Bei Erfolg nichts ausgeben.</translation>
    </message>
    <message>
        <source>Decrypt a KWE1 object with escrow records and the escrow private key, with no catalog or key store.
The feature key is found by the object&apos;s fk_id; a platform (double-encryption) layer is peeled too.
The output file appears only when every segment has been authenticated.
Exit status: 0 recovered, 1 other error, 2 usage, 3 format error, 4 key error,
5 authentication failure.</source>
        <translation>Ein KWE1-Objekt mit Hinterlegungsdatensätzen und dem privaten Hinterlegungsschlüssel entschlüsseln, ohne Katalog oder Schlüsselspeicher.
Der Funktionsschlüssel wird über die fk_id des Objekts gefunden; eine Plattformschicht (doppelte Verschlüsselung) wird ebenfalls entfernt.
Die Ausgabedatei entsteht erst, wenn jedes Segment authentifiziert wurde.
Exit-Status: 0 wiederhergestellt, 1 sonstiger Fehler, 2 falscher Aufruf, 3 Formatfehler, 4 Schlüsselfehler,
5 Authentifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <source>--escrow-key, --record, --in and --out are required</source>
        <translation>--escrow-key, --record, --in und --out sind erforderlich</translation>
    </message>
    <message>
        <source>only one input can be standard input</source>
        <translation>nur eine Eingabe kann die Standardeingabe sein</translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA private key in PEM form</source>
        <translation>%1 ist kein unverschlüsselter privater RSA-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>%1 object inside a platform layer</source>
        <translation>%1-Objekt in einer Plattformschicht</translation>
    </message>
    <message>
        <source>%1 object</source>
        <translation>%1-Objekt</translation>
    </message>
    <message>
        <source>recovered %1 bytes from a %2</source>
        <translation>%1 Bytes aus einem %2 wiederhergestellt</translation>
    </message>
    <message>
        <source>Where to put the vault file (default: &lt;data dir&gt;/vaults/NAME.kwvault).</source>
        <translation>Speicherort der Tresordatei (Vorgabe: &lt;Datenverzeichnis&gt;/vaults/NAME.kwvault).</translation>
    </message>
    <message>
        <source>How the vault&apos;s master key is kept: auto (the OS keychain when it answers, else a passphrase), keychain, or passphrase.</source>
        <translation>Wie der Hauptschlüssel des Tresors verwahrt wird: auto (der Schlüsselbund des Betriebssystems, falls er antwortet, sonst eine Passphrase), keychain oder passphrase.</translation>
    </message>
    <message>
        <source>Allow purging deleted keys at once.</source>
        <translation>Sofortiges endgültiges Löschen gelöschter Schlüssel erlauben.</translation>
    </message>
    <message>
        <source>Delete keys at once instead of keeping them.</source>
        <translation>Schlüssel sofort löschen, statt sie aufzubewahren.</translation>
    </message>
    <message>
        <source>Days deleted keys are kept (7-90).</source>
        <translation>Anzahl der Tage, die gelöschte Schlüssel aufbewahrt werden (7-90).</translation>
    </message>
    <message>
        <source>The new vault&apos;s name.</source>
        <translation>Der Name des neuen Tresors.</translation>
    </message>
    <message>
        <source>Create a local vault (the embedded key store) and add it.</source>
        <translation>Einen lokalen Tresor (den eingebauten Schlüsselspeicher) erstellen und hinzufügen.</translation>
    </message>
    <message>
        <source>expected one NAME</source>
        <translation>genau ein NAME erwartet</translation>
    </message>
    <message>
        <source>--protection must be auto, keychain or passphrase</source>
        <translation>--protection muss auto, keychain oder passphrase sein</translation>
    </message>
    <message>
        <source>a key store named &apos;%1&apos; exists already</source>
        <translation>ein Schlüsselspeicher namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>created local vault &apos;%1&apos; at %2 (master key in %3)</source>
        <translation>lokaler Tresor &apos;%1&apos; unter %2 erstellt (Hauptschlüssel: %3)</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>The PKCS#11 module (shared library).</source>
        <translation>Das PKCS#11-Modul (gemeinsam genutzte Bibliothek).</translation>
    </message>
    <message>
        <source>Choose the token by label.</source>
        <translation>Das Token anhand seines Labels auswählen.</translation>
    </message>
    <message>
        <source>Choose the token by serial number.</source>
        <translation>Das Token anhand seiner Seriennummer auswählen.</translation>
    </message>
    <message>
        <source>Keep the user PIN in the OS keychain.</source>
        <translation>Die Benutzer-PIN im Schlüsselbund des Betriebssystems speichern.</translation>
    </message>
    <message>
        <source>The store&apos;s name in Keyward.</source>
        <translation>Der Name des Speichers in Keyward.</translation>
    </message>
    <message>
        <source>Add a PKCS#11 token (an HSM) as a key store; it is opened once to check it.</source>
        <translation>Ein PKCS#11-Token (ein HSM) als Schlüsselspeicher hinzufügen; es wird zur Prüfung einmal geöffnet.</translation>
    </message>
    <message>
        <source>expected NAME, --module and --token-label or --token-serial</source>
        <translation>erwartet: NAME, --module und --token-label oder --token-serial</translation>
    </message>
    <message>
        <source>store names are letters, digits and dashes</source>
        <translation>Speichernamen bestehen aus Buchstaben, Ziffern und Bindestrichen</translation>
    </message>
    <message>
        <source>added PKCS#11 token &apos;%1&apos; as key store &apos;%2&apos;</source>
        <translation>PKCS#11-Token &apos;%1&apos; als Schlüsselspeicher &apos;%2&apos; hinzugefügt</translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local NAME [options]
       keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [options]</source>
        <translation>Aufruf: keywardctl store add local NAME [Optionen]
        keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [Optionen]</translation>
    </message>
    <message>
        <source>List the key stores Keyward knows.</source>
        <translation>Die Schlüsselspeicher auflisten, die Keyward kennt.</translation>
    </message>
    <message>
        <source>no key stores; add one with &apos;keywardctl store add local NAME&apos;</source>
        <translation>keine Schlüsselspeicher vorhanden; fügen Sie einen mit &apos;keywardctl store add local NAME&apos; hinzu</translation>
    </message>
    <message>
        <source>The store.</source>
        <translation>Der Speicher.</translation>
    </message>
    <message>
        <source>Open a key store and show its properties.</source>
        <translation>Einen Schlüsselspeicher öffnen und seine Eigenschaften anzeigen.</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>soft delete</source>
        <translation>Vorläufig löschen</translation>
    </message>
    <message>
        <source>purge protection</source>
        <translation>Löschschutz</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>Forget a key store. Its vault file or token is left as it is.</source>
        <translation>Einen Schlüsselspeicher aus Keyward austragen. Tresordatei bzw. Token bleiben unverändert.</translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local|pkcs11 NAME ... | list | show NAME | remove NAME
Run &apos;keywardctl store &lt;command&gt; --help&apos; for details.</source>
        <translation>Aufruf: keywardctl store add local|pkcs11 NAME ... | list | show NAME | remove NAME
Details mit &apos;keywardctl store &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>no terminal to ask on; use --passphrase-file or --pin-file</source>
        <translation>kein Terminal für die Abfrage; verwenden Sie --passphrase-file oder --pin-file</translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation>keine Antwort erhalten</translation>
    </message>
    <message>
        <source>the PIN in %1 was refused</source>
        <translation>die PIN in %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>the passphrase in %1 was refused</source>
        <translation>die Passphrase in %1 wurde abgelehnt</translation>
    </message>
    <message>
        <source>Passphrase for vault &apos;%1&apos;: </source>
        <translation>Passphrase für Tresor &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>New passphrase for vault &apos;%1&apos;: </source>
        <translation>Neue Passphrase für Tresor &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>User PIN for token &apos;%1&apos;: </source>
        <translation>Benutzer-PIN für Token &apos;%1&apos;: </translation>
    </message>
    <message>
        <source>Wrong, try again. </source>
        <translation>Falsch, bitte erneut versuchen. </translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Bitte wiederholen: </translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation>die beiden Passphrasen stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>keywardctl matrix</name>
    <message>
        <source>Run &apos;keywardctl matrix --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;keywardctl matrix --help&apos;.</translation>
    </message>
    <message>
        <source>unknown plan &apos;%1&apos; (expected standard or premium)</source>
        <translation>unbekannter Tarif &apos;%1&apos; (erwartet: standard oder premium)</translation>
    </message>
    <message>
        <source>bad --key &apos;%1&apos; (expected FEATURE=KEY-ID with FEATURE one of managed-services, dbfs-root, managed-disks)</source>
        <translation>ungültiges --key &apos;%1&apos; (erwartet: FUNKTION=SCHLÜSSEL-ID, FUNKTION eine von managed-services, dbfs-root, managed-disks)</translation>
    </message>
</context>
</TS>
