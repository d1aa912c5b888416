<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Keyward</name>
    <message>
        <source>&apos;%1&apos; is not a valid workspace name: names are 3-64 letters, digits, dashes or underscores</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für einen Arbeitsbereich: Namen bestehen aus 3 bis 64 Buchstaben, Ziffern, Bindestrichen oder Unterstrichen</translation>
    </message>
    <message>
        <source>a workspace named &apos;%1&apos; exists already</source>
        <translation>ein Arbeitsbereich namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>no workspace named &apos;%1&apos;</source>
        <translation>kein Arbeitsbereich namens &apos;%1&apos; vorhanden</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; keeps its objects in %2 already</source>
        <translation>Arbeitsbereich &apos;%1&apos; speichert seine Objekte bereits in %2</translation>
    </message>
    <message>
        <source>%1 exists and is not a folder</source>
        <translation>%1 existiert bereits und ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Ordner %1 kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; has customer-managed keys assigned (%2) and the Standard plan has none</source>
        <translation>dem Arbeitsbereich &apos;%1&apos; sind kundenseitig verwaltete Schlüssel zugewiesen (%2), und der Standard-Tarif bietet keine</translation>
    </message>
    <message>
        <source>double encryption of the DBFS root is chosen when a workspace is created and, as on Azure, cannot be changed afterwards</source>
        <translation>die doppelte Verschlüsselung des DBFS-Stamms wird beim Erstellen eines Arbeitsbereichs festgelegt und kann, wie bei Azure, nachträglich nicht geändert werden</translation>
    </message>
    <message>
        <source>the managed disks of &apos;%1&apos; are pinned to version %2 of %3/%4</source>
        <translation>die verwalteten Datenträger des Arbeitsbereichs &apos;%1&apos; sind auf Version %2 von %3/%4 festgelegt</translation>
    </message>
    <message>
        <source>the managed disks of &apos;%1&apos; follow the newest version of %2/%3</source>
        <translation>die verwalteten Datenträger des Arbeitsbereichs &apos;%1&apos; folgen der neuesten Version von %2/%3</translation>
    </message>
    <message>
        <source>another job is running on workspace &apos;%1&apos;</source>
        <translation>im Arbeitsbereich &apos;%1&apos; läuft bereits ein anderer Job</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; is on the Standard plan; customer-managed keys need Premium</source>
        <translation>Arbeitsbereich &apos;%1&apos; hat den Standard-Tarif; kundenseitig verwaltete Schlüssel erfordern den Premium-Tarif</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; has soft delete off</source>
        <translation>im Schlüsselspeicher &apos;%1&apos; ist vorläufiges Löschen ausgeschaltet</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; has purge protection off</source>
        <translation>im Schlüsselspeicher &apos;%1&apos; ist der Löschschutz ausgeschaltet</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; is disabled</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; ist deaktiviert</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; expired on %4</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; ist am %4 abgelaufen</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; is not valid before %4</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; ist erst ab %4 gültig</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; expires on %4, in %5 days</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; läuft am %4 ab, in %5 Tagen</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; does not permit %4 (it permits: %5)</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; erlaubt %4 nicht (sie erlaubt: %5)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; is %4</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; hat den Typ %4</translation>
    </message>
    <message>
        <source>version %3 of key &apos;%2&apos; in store &apos;%1&apos; did not unwrap what it wrapped</source>
        <translation>Version %3 des Schlüssels &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; hat beim Entpacken nicht zurückgeliefert, was sie umschlossen hat</translation>
    </message>
    <message>
        <source>%1 takes no customer-managed key: use managed-services, dbfs-root or managed-disks</source>
        <translation>%1 kann keinen kundenseitig verwalteten Schlüssel erhalten: verwenden Sie managed-services, dbfs-root oder managed-disks</translation>
    </message>
    <message>
        <source>only managed disks can follow a key&apos;s newest version: managed services and the DBFS root are pinned to one key version, which a rotation moves on</source>
        <translation>nur verwaltete Datenträger können der neuesten Version eines Schlüssels folgen: verwaltete Dienste und der DBFS-Stamm sind auf eine Schlüsselversion festgelegt, die bei einer Rotation auf die neue Version umgestellt wird</translation>
    </message>
    <message>
        <source>%1 of workspace &apos;%2&apos; has an active feature key (generation %3, wrapped under %4): objects are encrypted under it, so its key stays assigned</source>
        <translation>die Funktion %1 des Arbeitsbereichs &apos;%2&apos; hat einen aktiven Funktionsschlüssel (Generation %3, mit %4 umschlossen): Objekte sind damit verschlüsselt, daher bleibt ihr Schlüssel zugewiesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid store name: names are 1-127 letters, digits or dashes</source>
        <translation>&apos;%1&apos; ist kein gültiger Name für einen Schlüsselspeicher: Namen bestehen aus 1 bis 127 Buchstaben, Ziffern oder Bindestrichen</translation>
    </message>
    <message>
        <source>a key store named &apos;%1&apos; exists already</source>
        <translation>ein Schlüsselspeicher namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>no key store named &apos;%1&apos;</source>
        <translation>kein Schlüsselspeicher namens &apos;%1&apos; vorhanden</translation>
    </message>
    <message>
        <source>key store &apos;%1&apos; holds keys that workspaces depend on (%2)</source>
        <translation>Schlüsselspeicher &apos;%1&apos; enthält Schlüssel, von denen Arbeitsbereiche abhängen (%2)</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; has no key named &apos;%2&apos;</source>
        <translation>Schlüsselspeicher &apos;%1&apos; enthält keinen Schlüssel namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>key &apos;%2&apos; in store &apos;%1&apos; has no version %3</source>
        <translation>Schlüssel &apos;%2&apos; im Schlüsselspeicher &apos;%1&apos; hat keine Version %3</translation>
    </message>
    <message>
        <source>%1 days is not a retention period: deleted keys are kept 7 to 90 days</source>
        <translation>%1 Tage sind kein gültiger Aufbewahrungszeitraum: gelöschte Schlüssel werden 7 bis 90 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>%1 is not an RSA public key in PEM form (2048 bits or more)</source>
        <translation>%1 ist kein öffentlicher RSA-Schlüssel im PEM-Format (mindestens 2048 Bit)</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; has no such feature key for %2</source>
        <translation>Arbeitsbereich &apos;%1&apos; hat für %2 keinen solchen Funktionsschlüssel</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; exists and was not made by the demo</source>
        <translation>Arbeitsbereich &apos;%1&apos; existiert bereits und wurde nicht von der Demo erstellt</translation>
    </message>
    <message>
        <source>clear the keys of workspace &apos;%1&apos; first</source>
        <translation>entfernen Sie zuerst die Schlüsselzuweisungen des Arbeitsbereichs &apos;%1&apos;</translation>
    </message>
    <message>
        <source>create a new workspace with double encryption instead</source>
        <translation>erstellen Sie stattdessen einen neuen Arbeitsbereich mit doppelter Verschlüsselung</translation>
    </message>
    <message>
        <source>assign the key again, following its newest version</source>
        <translation>weisen Sie den Schlüssel erneut zu, sodass die Zuweisung seiner neuesten Version folgt</translation>
    </message>
    <message>
        <source>assign the key again, pinned to one version</source>
        <translation>weisen Sie den Schlüssel erneut zu, sodass die Zuweisung auf eine Version festgelegt ist</translation>
    </message>
    <message>
        <source>try again when it has finished</source>
        <translation>versuchen Sie es erneut, wenn dieser abgeschlossen ist</translation>
    </message>
    <message>
        <source>change the workspace&apos;s plan to Premium</source>
        <translation>stellen Sie den Tarif des Arbeitsbereichs auf Premium um</translation>
    </message>
    <message>
        <source>the store of a customer-managed key must have soft delete and purge protection on, so that the key cannot be destroyed while data depends on it</source>
        <translation>der Schlüsselspeicher eines kundenseitig verwalteten Schlüssels muss vorläufiges Löschen und Löschschutz eingeschaltet haben, damit der Schlüssel nicht vernichtet werden kann, solange Daten von ihm abhängen</translation>
    </message>
    <message>
        <source>enable it, or choose another version</source>
        <translation>aktivieren Sie sie oder wählen Sie eine andere Version</translation>
    </message>
    <message>
        <source>rotate the key, or choose another version</source>
        <translation>rotieren Sie den Schlüssel oder wählen Sie eine andere Version</translation>
    </message>
    <message>
        <source>wait until then, or choose another version</source>
        <translation>warten Sie bis dahin oder wählen Sie eine andere Version</translation>
    </message>
    <message>
        <source>rotate the key or extend its expiry before then</source>
        <translation>rotieren Sie den Schlüssel oder verlängern Sie vorher seine Gültigkeit</translation>
    </message>
    <message>
        <source>a customer-managed key must permit wrapKey and unwrapKey</source>
        <translation>ein kundenseitig verwalteter Schlüssel muss wrapKey und unwrapKey erlauben</translation>
    </message>
    <message>
        <source>a customer-managed key is RSA 2048, 3072 or 4096, or AES-256</source>
        <translation>ein kundenseitig verwalteter Schlüssel muss ein RSA-Schlüssel mit 2048, 3072 oder 4096 Bit oder ein AES-256-Schlüssel sein</translation>
    </message>
    <message>
        <source>check the key store; do not use this version</source>
        <translation>prüfen Sie den Schlüsselspeicher; verwenden Sie diese Version nicht</translation>
    </message>
    <message>
        <source>run encrypt first, or check the feature key id</source>
        <translation>führen Sie zuerst encrypt aus oder prüfen Sie die ID des Funktionsschlüssels</translation>
    </message>
    <message>
        <source>assign other keys to those workspaces first</source>
        <translation>weisen Sie diesen Arbeitsbereichen zuerst andere Schlüssel zu</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
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
        <source>Workspace on the Premium plan</source>
        <translation>Arbeitsbereich im Premium-Tarif</translation>
    </message>
    <message>
        <source>Key store reachable and unlocked</source>
        <translation>Schlüsselspeicher erreichbar und entsperrt</translation>
    </message>
    <message>
        <source>Soft delete on in the key store</source>
        <translation>Vorläufiges Löschen im Schlüsselspeicher eingeschaltet</translation>
    </message>
    <message>
        <source>Purge protection on in the key store</source>
        <translation>Löschschutz im Schlüsselspeicher eingeschaltet</translation>
    </message>
    <message>
        <source>Key found</source>
        <translation>Schlüssel gefunden</translation>
    </message>
    <message>
        <source>Key version enabled</source>
        <translation>Schlüsselversion aktiviert</translation>
    </message>
    <message>
        <source>Key version within its validity dates</source>
        <translation>Schlüsselversion innerhalb ihres Gültigkeitszeitraums</translation>
    </message>
    <message>
        <source>Key permits wrapKey and unwrapKey</source>
        <translation>Schlüssel erlaubt wrapKey und unwrapKey</translation>
    </message>
    <message>
        <source>Key type RSA 2048-4096 or AES-256</source>
        <translation>Schlüsseltyp RSA 2048-4096 oder AES-256</translation>
    </message>
    <message>
        <source>Wrap and unwrap round trip through the store</source>
        <translation>Probeweises Umschließen und Entpacken über den Schlüsselspeicher</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ungeprüft</translation>
    </message>
    <message>
        <source>data directory %1</source>
        <translation>Datenverzeichnis %1</translation>
    </message>
    <message>
        <source>created local vault &apos;%1&apos; (master key in %2; soft delete and purge protection on)</source>
        <translation>lokaler Tresor &apos;%1&apos; erstellt (Hauptschlüssel: %2; vorläufiges Löschen und Löschschutz eingeschaltet)</translation>
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
        <source>using local vault &apos;%1&apos;</source>
        <translation>lokaler Tresor &apos;%1&apos; wird verwendet</translation>
    </message>
    <message>
        <source>created key %1 (%2)</source>
        <translation>Schlüssel %1 erstellt (%2)</translation>
    </message>
    <message>
        <source>created workspace &apos;%1&apos; (Premium, double encryption of the DBFS root, disks follow the newest key) with %2 objects, %3 MiB of sample data for %4 data types at %5</source>
        <translation>Arbeitsbereich &apos;%1&apos; erstellt (Premium, doppelte Verschlüsselung des DBFS-Stamms, Datenträger verwenden die neueste Schlüsselversion) mit %2 Objekten, %3 MiB Beispieldaten für %4 Datentypen unter %5</translation>
    </message>
    <message>
        <source>using workspace &apos;%1&apos; at %2</source>
        <translation>Arbeitsbereich &apos;%1&apos; unter %2 wird verwendet</translation>
    </message>
    <message>
        <source>assigned %1/%2 to %3 (follows the newest version)</source>
        <translation>%1/%2 der Funktion %3 zugewiesen (folgt der neuesten Version)</translation>
    </message>
    <message>
        <source>assigned %1/%2 to %3</source>
        <translation>%1/%2 der Funktion %3 zugewiesen</translation>
    </message>
    <message>
        <source>encrypt: sealing every object whose feature has a key</source>
        <translation>encrypt: Jedes Objekt, dessen Funktion einen Schlüssel hat, wird verschlüsselt</translation>
    </message>
    <message>
        <source>verify: every object parsed, under its feature&apos;s key, every segment authenticated</source>
        <translation>verify: Jedes Objekt wird gelesen und auf den Schlüssel seiner Funktion geprüft, jedes Segment authentifiziert</translation>
    </message>
    <message>
        <source>rotate: new key versions, feature keys re-wrapped, no object touched</source>
        <translation>rotate: neue Schlüsselversionen, Funktionsschlüssel neu umschlossen, kein Objekt angefasst</translation>
    </message>
    <message>
        <source>verify again, under the new key versions</source>
        <translation>verify erneut, mit den neuen Schlüsselversionen</translation>
    </message>
    <message>
        <source>rotation history intact: %1 entries</source>
        <translation>Rotationsverlauf intakt: %1 Einträge</translation>
    </message>
    <message>
        <source>rotation history broken: %1</source>
        <translation>Rotationsverlauf beschädigt: %1</translation>
    </message>
    <message>
        <source>done: workspace &apos;%1&apos; is encrypted under customer-managed keys</source>
        <translation>fertig: Arbeitsbereich &apos;%1&apos; ist mit kundenseitig verwalteten Schlüsseln verschlüsselt</translation>
    </message>
    <message>
        <source>finished with problems (see above)</source>
        <translation>mit Problemen beendet (siehe oben)</translation>
    </message>
    <message>
        <source>%1 objects sealed, %2 already sealed or out of scope, %3 findings</source>
        <translation>%1 Objekte verschlüsselt, %2 bereits verschlüsselt oder nicht betroffen, %3 Befunde</translation>
    </message>
    <message>
        <source>%1 objects verified, no findings</source>
        <translation>%1 Objekte geprüft, keine Befunde</translation>
    </message>
    <message>
        <source>%1 objects verified, %2 findings</source>
        <translation>%1 Objekte geprüft, %2 Befunde</translation>
    </message>
    <message>
        <source>%1 features rotated, %2 feature keys re-wrapped, no object touched</source>
        <translation>%1 Funktionen rotiert, %2 Funktionsschlüssel neu umschlossen, kein Objekt verändert</translation>
    </message>
</context>
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
        <source>plan</source>
        <translation>Tarif</translation>
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
    <message>
        <source>Keyward&apos;s data directory (default: $KEYWARD_DATA_DIR, else ~/.local/share/keyward), the same as keywardctl&apos;s.</source>
        <translation>Das Datenverzeichnis von Keyward (Vorgabe: $KEYWARD_DATA_DIR, sonst ~/.local/share/keyward), dasselbe wie das von keywardctl.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>verzeichnis</translation>
    </message>
    <message>
        <source>Open the what-if viewer on a sample workspace instead of the catalog: nothing is saved.</source>
        <translation>Statt des Katalogs die Was-wäre-wenn-Ansicht eines Beispielarbeitsbereichs öffnen: nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>What-if: open the sample workspace on this plan: standard or premium.</source>
        <translation>Was-wäre-wenn: den Beispielarbeitsbereich mit diesem Tarif öffnen: standard oder premium.</translation>
    </message>
    <message>
        <source>What-if: turn on a workspace option in the sample workspace (repeatable).</source>
        <translation>Was-wäre-wenn: eine Option im Beispielarbeitsbereich einschalten (wiederholbar).</translation>
    </message>
    <message>
        <source>--plan and --option go with --what-if</source>
        <translation>--plan und --option gehören zu --what-if</translation>
    </message>
    <message>
        <source>view</source>
        <translation>ansicht</translation>
    </message>
    <message>
        <source>Open on this view of the workspace: coverage, jobs or history.</source>
        <translation>Mit dieser Ansicht des Arbeitsbereichs öffnen: coverage, jobs oder history.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected coverage, jobs or history)</source>
        <translation>unbekannte Ansicht &apos;%1&apos; (erwartet: coverage, jobs oder history)</translation>
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
        <translation>Kundenzugängliche DBFS-Stammdaten, inkl. FileStore</translation>
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
        <translation>Delta Live Tables im DBFS-Stamm (keine Mounts)</translation>
    </message>
    <message>
        <source>Delta Live Tables stored under a DBFS root path; paths that are mount points to other data sources are not covered.</source>
        <translation>Delta Live Tables unter einem DBFS-Stammpfad; Pfade, die Einhängepunkte anderer Datenquellen sind, fallen nicht darunter.</translation>
    </message>
    <message>
        <source>Interactive notebook results (large, or all when configured)</source>
        <translation>Interaktive Notebook-Ergebnisse (groß oder alle)</translation>
    </message>
    <message>
        <source>Large interactive results, or all of them when the workspace stores notebook results in customer storage.</source>
        <translation>Große interaktive Ergebnisse, oder alle, wenn der Arbeitsbereich Notebook-Ergebnisse im Kundenspeicher ablegt.</translation>
    </message>
    <message>
        <source>Other workspace system data, e.g. notebook revisions</source>
        <translation>Weitere Systemdaten, z. B. Notebook-Revisionen</translation>
    </message>
    <message>
        <source>System data in the root storage that DBFS does not expose, such as notebook revisions.</source>
        <translation>Systemdaten im Stammspeicher, die DBFS nicht zugänglich macht, etwa Notebook-Revisionen.</translation>
    </message>
    <message>
        <source>Model Serving: artifacts and version metadata you create</source>
        <translation>Model Serving: Ihre Artefakte und Versionsmetadaten</translation>
    </message>
    <message>
        <source>Model artifacts and version metadata you create, kept in the DBFS root and used by the model registry and MLflow.</source>
        <translation>Von Ihnen erstellte Modellartefakte und Versionsmetadaten, gespeichert im DBFS-Stamm und genutzt von Modellregistrierung und MLflow.</translation>
    </message>
    <message>
        <source>Temporary VM disks of classic compute</source>
        <translation>Temporäre VM-Datenträger (klassisches Compute)</translation>
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
    <name>keyward::ui::FindingsModel</name>
    <message>
        <source>(workspace)</source>
        <translation>(Arbeitsbereich)</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Einzelheiten</translation>
    </message>
</context>
<context>
    <name>keyward::ui::HistoryModel</name>
    <message>
        <source>Entry %1 by %2; %3 objects touched</source>
        <translation>Eintrag %1 von %2; %3 Objekte berührt</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Wann (UTC)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Von Version</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Zu Version</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>keyward::ui::JobsModel</name>
    <message>
        <source>Stopped when its process died; the next %1 job carries on from where it was.</source>
        <translation>Angehalten, als sein Prozess endete; der nächste %1-Job setzt dort fort, wo er stand.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Started (UTC)</source>
        <translation>Begonnen (UTC)</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
</context>
<context>
    <name>keyward::ui::LegendWidget</name>
    <message>
        <source>Your customer-managed key protects this data.</source>
        <translation>Ihr eigener Schlüssel schützt diese Daten.</translation>
    </message>
    <message>
        <source>No key assigned yet: platform key in effect.</source>
        <translation>Nicht zugewiesen: Plattformschlüssel aktiv.</translation>
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
        <translation>zweite Schicht, Plattformschlüssel.</translation>
    </message>
    <message>
        <source>Auto-rotate:</source>
        <translation>Auto-Rotation:</translation>
    </message>
    <message>
        <source>disks follow the latest key version.</source>
        <translation>stets die neueste Schlüsselversion.</translation>
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
    <message>
        <source>The workspace was not changed.</source>
        <translation>Der Arbeitsbereich wurde nicht geändert.</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>No workspaces yet</source>
        <translation>Noch keine Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Create the demo workspace to see every data type under customer-managed keys, or create an empty workspace of your own.</source>
        <translation>Erstellen Sie den Demo-Arbeitsbereich, um jeden Datentyp unter kundenseitig verwalteten Schlüsseln zu sehen, oder einen eigenen, leeren Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Create the &amp;demo workspace</source>
        <translation>&amp;Demo-Arbeitsbereich erstellen</translation>
    </message>
    <message>
        <source>&amp;New workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>Demo workspace progress</source>
        <translation>Fortschritt des Demo-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>The workspaces cannot be read.</source>
        <translation>Die Arbeitsbereiche können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Creating the demo workspace...</source>
        <translation>Der Demo-Arbeitsbereich wird erstellt...</translation>
    </message>
    <message>
        <source>New workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Name (3-64 letters, digits, dashes or underscores):</source>
        <translation>Name (3 bis 64 Buchstaben, Ziffern, Bindestriche oder Unterstriche):</translation>
    </message>
    <message>
        <source>The workspace was not created.</source>
        <translation>Der Arbeitsbereich wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <source>&amp;Encrypt</source>
        <translation>&amp;Verschlüsseln</translation>
    </message>
    <message>
        <source>Seal every plaintext object of the workspace whose feature has a key</source>
        <translation>Jedes Klartextobjekt des Arbeitsbereichs verschlüsseln, dessen Funktion einen Schlüssel hat</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Check every object: under its feature&apos;s key, every segment authenticated</source>
        <translation>Jedes Objekt prüfen: unter dem Schlüssel seiner Funktion, jedes Segment authentifiziert</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>Jetzt &amp;rotieren</translation>
    </message>
    <message>
        <source>New key versions for the workspace&apos;s features; feature keys re-wrapped, no object re-encrypted</source>
        <translation>Neue Schlüsselversionen für die Funktionen des Arbeitsbereichs; Funktionsschlüssel neu umschlossen, kein Objekt neu verschlüsselt</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>Job a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation>Fortschritt des Jobs</translation>
    </message>
    <message>
        <source>%1 running on %2...</source>
        <translation>%1 läuft auf %2...</translation>
    </message>
    <message>
        <source>The job did not start.</source>
        <translation>Der Job wurde nicht gestartet.</translation>
    </message>
    <message>
        <source>&amp;Coverage</source>
        <translation>&amp;Abdeckung</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Rotationsverlauf</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries, each sealed by the hash of the one before.</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag, versiegelt durch den Hash des vorigen.</numerusform>
            <numerusform>Kette intakt: %n Einträge, jeder versiegelt durch den Hash des vorigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>Kette bei Eintrag %1 gebrochen: %2</translation>
    </message>
    <message>
        <source>Encryption coverage matrix</source>
        <translation>Matrix der Verschlüsselungsabdeckung</translation>
    </message>
    <message>
        <source>One row per data type, one column per key feature; each cell says which key protects that data.</source>
        <translation>Eine Zeile je Datentyp, eine Spalte je Schlüsselfunktion; jede Zelle sagt, welcher Schlüssel diese Daten schützt.</translation>
    </message>
    <message>
        <source>Jobs of the workspace</source>
        <translation>Jobs des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Findings of the last job</source>
        <translation>Befunde des letzten Jobs</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
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
    <name>keyward::ui::PassphraseDialog</name>
    <message>
        <source>Unlock token</source>
        <translation>Token entsperren</translation>
    </message>
    <message>
        <source>Unlock vault</source>
        <translation>Tresor entsperren</translation>
    </message>
    <message>
        <source>Enter the passphrase of vault &apos;%1&apos;.</source>
        <translation>Geben Sie die Passphrase des Tresors &apos;%1&apos; ein.</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new vault &apos;%1&apos; (8 characters or more).</source>
        <translation>Wählen Sie eine Passphrase für den neuen Tresor &apos;%1&apos; (8 Zeichen oder mehr).</translation>
    </message>
    <message>
        <source>Enter the user PIN of token &apos;%1&apos;.</source>
        <translation>Geben Sie die Benutzer-PIN des Tokens &apos;%1&apos; ein.</translation>
    </message>
    <message>
        <source>Wrong PIN; try again (attempt %1).</source>
        <translation>Falsche PIN; bitte erneut versuchen (Versuch %1).</translation>
    </message>
    <message>
        <source>Wrong passphrase; try again (attempt %1).</source>
        <translation>Falsche Passphrase; bitte erneut versuchen (Versuch %1).</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Nothing entered.</source>
        <translation>Nichts eingegeben.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Zeitleiste der Rotationen</translation>
    </message>
    <message>
        <source>no rotations yet</source>
        <translation>noch keine Rotationen</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) of %1 key(s) from %2 to %3</source>
        <translation>
            <numerusform>%n Rotation von %1 Schlüssel(n) von %2 bis %3</numerusform>
            <numerusform>%n Rotationen von %1 Schlüssel(n) von %2 bis %3</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotations yet</source>
        <translation>Noch keine Rotationen</translation>
    </message>
    <message>
        <source>now (%1)</source>
        <translation>jetzt (%1)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::WorkspaceListModel</name>
    <message>
        <source>%1
%2 · keys for %3 of %4 features</source>
        <translation>%1
%2 · Schlüssel für %3 von %4 Funktionen</translation>
    </message>
    <message>
        <source>Workspace %1, %2 plan</source>
        <translation>Arbeitsbereich %1, Tarif %2</translation>
    </message>
    <message>
        <source>%1: key %2</source>
        <translation>%1: Schlüssel %2</translation>
    </message>
    <message>
        <source>%1: no key</source>
        <translation>%1: kein Schlüssel</translation>
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
    <message>
        <source>Why the change was refused</source>
        <translation>Grund für die Ablehnung der Änderung</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>keywardctl</name>
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
    <message>
        <source>note: the active feature key of %1 (generation %2) stays wrapped under %3 until the feature&apos;s key is rotated</source>
        <translation>Hinweis: Der aktive Funktionsschlüssel von %1 (Generation %2) bleibt mit %3 umschlossen, bis der Schlüssel der Funktion rotiert wird</translation>
    </message>
    <message>
        <source>cleared the key of %1 in workspace &apos;%2&apos; (was %3)</source>
        <translation>Schlüsselzuweisung der Funktion %1 im Arbeitsbereich &apos;%2&apos; entfernt (bisher %3)</translation>
    </message>
    <message>
        <source>%1 of workspace &apos;%2&apos; had no key assigned</source>
        <translation>der Funktion %1 im Arbeitsbereich &apos;%2&apos; war kein Schlüssel zugewiesen</translation>
    </message>
    <message>
        <source>The workspace.</source>
        <translation>Der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>managed-services, dbfs-root or managed-disks.</source>
        <translation>managed-services, dbfs-root oder managed-disks.</translation>
    </message>
    <message>
        <source>The key&apos;s name in the store.</source>
        <translation>Der Name des Schlüssels im Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>Pin this version (default: the newest version now).</source>
        <translation>Auf diese Version festlegen (Vorgabe: die derzeit neueste Version).</translation>
    </message>
    <message>
        <source>Follow the key&apos;s newest version (managed-disks only; the default there when the workspace option managed-disk-rotate-to-latest is on).</source>
        <translation>Der jeweils neuesten Version des Schlüssels folgen (nur managed-disks; dort die Vorgabe, wenn die Option managed-disk-rotate-to-latest des Arbeitsbereichs eingeschaltet ist).</translation>
    </message>
    <message>
        <source>Remove the feature&apos;s key assignment.</source>
        <translation>Die Schlüsselzuweisung der Funktion entfernen.</translation>
    </message>
    <message>
        <source>Assign a customer-managed key to a workspace feature. The workspace must be Premium; the key must exist, be enabled, within its validity dates, permit wrapKey and unwrapKey, and be RSA 2048/3072/4096 or AES-256; its store must have soft delete and purge protection on.</source>
        <translation>Einer Funktion eines Arbeitsbereichs einen kundenseitig verwalteten Schlüssel zuweisen. Der Arbeitsbereich muss den Premium-Tarif haben; der Schlüssel muss existieren, aktiviert und innerhalb seines Gültigkeitszeitraums sein, wrapKey und unwrapKey erlauben und RSA 2048/3072/4096 oder AES-256 sein; sein Schlüsselspeicher muss vorläufiges Löschen und Löschschutz eingeschaltet haben.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected --workspace W and --feature F</source>
        <translation>erwartet: --workspace W und --feature F</translation>
    </message>
    <message>
        <source>--feature must be managed-services, dbfs-root or managed-disks</source>
        <translation>--feature muss managed-services, dbfs-root oder managed-disks sein</translation>
    </message>
    <message>
        <source>expected --store STORE and --key NAME (or --clear)</source>
        <translation>erwartet: --store STORE und --key NAME (oder --clear)</translation>
    </message>
    <message>
        <source>assigned key &apos;%1&apos; of store &apos;%2&apos; (%3) to %4 of workspace &apos;%5&apos;, following its newest version (now %6)</source>
        <translation>Schlüssel &apos;%1&apos; aus Schlüsselspeicher &apos;%2&apos; (%3) der Funktion %4 des Arbeitsbereichs &apos;%5&apos; zugewiesen; verwendet wird jeweils seine neueste Version (derzeit %6)</translation>
    </message>
    <message>
        <source>assigned %1 (%2) to %3 of workspace &apos;%4&apos;, pinned to version %5</source>
        <translation>%1 (%2) der Funktion %3 des Arbeitsbereichs &apos;%4&apos; zugewiesen, festgelegt auf Version %5</translation>
    </message>
    <message>
        <source> (job %1, %2 ms, %3 key-store calls)</source>
        <translation> (Job %1, %2 ms, %3 Aufrufe des Schlüsselspeichers)</translation>
    </message>
    <message>
        <source>The demo workspace&apos;s name.</source>
        <translation>Der Name des Demo-Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Objects to generate.</source>
        <translation>Anzahl der zu erzeugenden Objekte.</translation>
    </message>
    <message>
        <source>Approximate data size in MiB.</source>
        <translation>Ungefähre Datenmenge in MiB.</translation>
    </message>
    <message>
        <source>managed-services, dbfs-root, managed-disks, or platform (the double-encryption layer).</source>
        <translation>managed-services, dbfs-root, managed-disks oder platform (die Schicht der doppelten Verschlüsselung).</translation>
    </message>
    <message>
        <source>The escrow RSA public key (PEM).</source>
        <translation>Der öffentliche RSA-Hinterlegungsschlüssel (PEM).</translation>
    </message>
    <message>
        <source>Where to write the record.</source>
        <translation>Wohin der Datensatz geschrieben wird.</translation>
    </message>
    <message>
        <source>Export this feature-key generation instead of the active one.</source>
        <translation>Diese Generation des Funktionsschlüssels statt der aktiven exportieren.</translation>
    </message>
    <message>
        <source>Re-wrap a feature key to an escrow RSA public key and write the record (keyward-escrow/1). With the escrow private key, &apos;keywardctl recover&apos; opens the feature&apos;s objects with no catalog and no key store.</source>
        <translation>Einen Funktionsschlüssel mit einem öffentlichen RSA-Hinterlegungsschlüssel neu umschließen und den Datensatz schreiben (keyward-escrow/1). Mit dem privaten Hinterlegungsschlüssel öffnet &apos;keywardctl recover&apos; die Objekte der Funktion ohne Katalog und ohne Schlüsselspeicher.</translation>
    </message>
    <message>
        <source>--workspace, --feature, --recipient and --out are required</source>
        <translation>--workspace, --feature, --recipient und --out sind erforderlich</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>escrow record for %1 (fk_id %2) written to %3</source>
        <translation>Hinterlegungsdatensatz für %1 (fk_id %2) nach %3 geschrieben</translation>
    </message>
    <message>
        <source>Usage: keywardctl escrow export --workspace W --feature F --recipient PUB.pem --out REC.json</source>
        <translation>Aufruf: keywardctl escrow export --workspace W --feature F --recipient PUB.pem --out REC.json</translation>
    </message>
    <message>
        <source>Check the rotation history&apos;s hash chain: every entry unchanged, none missing, none out of order, none removed from the end. Exit 0 when intact, 3 when broken.</source>
        <translation>Die Hashkette des Rotationsverlaufs prüfen: jeder Eintrag unverändert, keiner fehlend, keiner in falscher Reihenfolge, keiner am Ende entfernt. Exit-Status: 0 intakt, 3 beschädigt.</translation>
    </message>
    <message>
        <source>the rotation history is broken at entry %1: %2</source>
        <translation>der Rotationsverlauf ist bei Eintrag %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>history intact: %1 entries</source>
        <translation>Verlauf intakt: %1 Einträge</translation>
    </message>
    <message>
        <source>history intact: %1 entries, head %2</source>
        <translation>Verlauf intakt: %1 Einträge, letzter Hash %2</translation>
    </message>
    <message>
        <source>Only this workspace&apos;s entries.</source>
        <translation>Nur die Einträge dieses Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Print the rotation history, oldest first. &apos;keywardctl history verify&apos; checks its hash chain.</source>
        <translation>Den Rotationsverlauf ausgeben, ältesten Eintrag zuerst. &apos;keywardctl history verify&apos; prüft seine Hashkette.</translation>
    </message>
    <message>
        <source>no rotation history entries</source>
        <translation>keine Einträge im Rotationsverlauf</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR.</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>WORKSPACE</source>
        <translation>ARBEITSBEREICH</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>FUNKTION</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>OBJECTS</source>
        <translation>OBJEKTE</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>No progress on standard error.</source>
        <translation>Keinen Fortschritt auf der Standardfehlerausgabe anzeigen.</translation>
    </message>
    <message>
        <source>Objects worked on at once (default: one per core).</source>
        <translation>Anzahl gleichzeitig bearbeiteter Objekte (Vorgabe: eines pro Kern).</translation>
    </message>
    <message>
        <source>expected --workspace NAME</source>
        <translation>erwartet: --workspace NAME</translation>
    </message>
    <message>
        <source>  ... and %1 more (use --json or --findings FILE for all)</source>
        <translation>  ... und %1 weitere (alle mit --json oder --findings FILE)</translation>
    </message>
    <message>
        <source>job %1: %2 in %3 ms, %4 key-store calls</source>
        <translation>Job %1: %2 in %3 ms, %4 Aufrufe des Schlüsselspeichers</translation>
    </message>
    <message>
        <source>cancelled; run the command again to continue</source>
        <translation>abgebrochen; führen Sie den Befehl erneut aus, um fortzufahren</translation>
    </message>
    <message>
        <source>Seal every plaintext object of the workspace whose feature has a key, in place and atomically. Already sealed objects are skipped, so running it again resumes an interrupted run. Exit status: 0 done, 4 a key is disabled or deleted (nothing changed), 1 other failures.</source>
        <translation>Jedes Klartextobjekt des Arbeitsbereichs, dessen Funktion einen Schlüssel hat, an Ort und Stelle und atomar verschlüsseln. Bereits verschlüsselte Objekte werden übersprungen, sodass ein erneuter Aufruf einen unterbrochenen Lauf fortsetzt. Exit-Status: 0 erledigt, 4 ein Schlüssel ist deaktiviert oder gelöscht (nichts geändert), 1 sonstige Fehler.</translation>
    </message>
    <message>
        <source>Check a sample of N objects only.</source>
        <translation>Nur eine Stichprobe von N Objekten prüfen.</translation>
    </message>
    <message>
        <source>Also write the findings to FILE as CSV.</source>
        <translation>Die Befunde zusätzlich als CSV in FILE schreiben.</translation>
    </message>
    <message>
        <source>Check every object: parsed, under its feature&apos;s active key, every segment authenticated. Writes nothing. Exit status: 0 no findings, 9 findings, 4 a key is disabled or deleted, 1 other failures.</source>
        <translation>Jedes Objekt prüfen: lesbar, mit dem aktiven Schlüssel seiner Funktion verschlüsselt, jedes Segment authentifiziert. Schreibt nichts. Exit-Status: 0 keine Befunde, 9 Befunde, 4 ein Schlüssel ist deaktiviert oder gelöscht, 1 sonstige Fehler.</translation>
    </message>
    <message>
        <source>Rotate this feature only (repeatable).</source>
        <translation>Nur diese Funktion rotieren (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Adopt the newest version already in the store instead of making one.</source>
        <translation>Die neueste bereits im Schlüsselspeicher vorhandene Version übernehmen, statt eine neue zu erzeugen.</translation>
    </message>
    <message>
        <source>Rotate: a new key version per feature, every feature key re-wrapped under it. No object is read or written.</source>
        <translation>Rotieren: eine neue Schlüsselversion pro Funktion, jeder Funktionsschlüssel wird mit ihr neu umschlossen. Kein Objekt wird gelesen oder geschrieben.</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos;</source>
        <translation>unbekannte Funktion &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (managed-services, dbfs-root, managed-disks%2)</source>
        <translation>unbekannte Funktion &apos;%1&apos; (managed-services, dbfs-root, managed-disks%2)</translation>
    </message>
    <message>
        <source>The feature whose feature key is replaced.</source>
        <translation>Die Funktion, deren Funktionsschlüssel ersetzt wird.</translation>
    </message>
    <message>
        <source>Rekey: a new feature-key generation; every object&apos;s header is rewritten in place (fk_id and wrapped object key), no segment is re-encrypted. Running it again resumes an interrupted rekey.</source>
        <translation>Schlüsselwechsel: eine neue Generation des Funktionsschlüssels; der Header jedes Objekts wird an Ort und Stelle neu geschrieben (fk_id und umschlossener Objektschlüssel), kein Segment wird neu verschlüsselt. Ein erneuter Aufruf setzt einen unterbrochenen Schlüsselwechsel fort.</translation>
    </message>
    <message>
        <source>The feature whose key has the old version.</source>
        <translation>Die Funktion, deren Schlüssel die alte Version hat.</translation>
    </message>
    <message>
        <source>The key version to disable.</source>
        <translation>Die zu deaktivierende Schlüsselversion.</translation>
    </message>
    <message>
        <source>Hours that must pass after the rotation (default 24).</source>
        <translation>Stunden, die seit der Rotation vergangen sein müssen (Vorgabe: 24).</translation>
    </message>
    <message>
        <source>Retire an old key version: disable it in the store, but only when no feature key is wrapped under it, every workspace using the key was verified after the rotation, and the hold period has passed. Otherwise it refuses (exit 7) and says which condition fails.</source>
        <translation>Eine alte Schlüsselversion stilllegen: sie im Schlüsselspeicher deaktivieren, aber nur, wenn kein Funktionsschlüssel mehr mit ihr umschlossen ist, jeder Arbeitsbereich, der den Schlüssel verwendet, nach der Rotation geprüft wurde und die Wartezeit abgelaufen ist. Andernfalls wird abgelehnt (Exit-Status 7) und die nicht erfüllte Bedingung genannt.</translation>
    </message>
    <message>
        <source>root or control-plane.</source>
        <translation>root oder control-plane.</translation>
    </message>
    <message>
        <source>The data type the files become (default: the area&apos;s own: DBFS root data or notebook source).</source>
        <translation>Der Datentyp, den die Dateien erhalten (Vorgabe: der des Bereichs, also DBFS-Stammdaten bzw. Notebook-Quelltext).</translation>
    </message>
    <message>
        <source>Replace objects that differ.</source>
        <translation>Abweichende Objekte ersetzen.</translation>
    </message>
    <message>
        <source>The folder to import.</source>
        <translation>Der zu importierende Ordner.</translation>
    </message>
    <message>
        <source>Copy a folder of files into a workspace as that area&apos;s data, keeping relative paths. Each object appears whole or not at all. Run encrypt afterwards.</source>
        <translation>Einen Ordner mit Dateien als Daten des gewählten Bereichs in einen Arbeitsbereich kopieren; relative Pfade bleiben erhalten. Jedes Objekt entsteht vollständig oder gar nicht. Führen Sie anschließend encrypt aus.</translation>
    </message>
    <message>
        <source>expected --workspace NAME --area root|control-plane DIR</source>
        <translation>erwartet: --workspace NAME --area root|control-plane DIR</translation>
    </message>
    <message>
        <source>imported %1 files (%2 bytes) into %3 as %4; %5 unchanged, %6 skipped</source>
        <translation>%1 Dateien (%2 Bytes) nach %3 als %4 importiert; %5 unverändert, %6 übersprungen</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>seal a workspace&apos;s plaintext objects</source>
        <translation>die Klartextobjekte eines Arbeitsbereichs verschlüsseln</translation>
    </message>
    <message>
        <source>check every object of a workspace</source>
        <translation>jedes Objekt eines Arbeitsbereichs prüfen</translation>
    </message>
    <message>
        <source>rotate keys: new versions, feature keys re-wrapped</source>
        <translation>Schlüssel rotieren: neue Versionen, Funktionsschlüssel neu umschlossen</translation>
    </message>
    <message>
        <source>disable an old key version once it is safe to</source>
        <translation>eine alte Schlüsselversion deaktivieren, sobald das gefahrlos möglich ist</translation>
    </message>
    <message>
        <source>new feature-key generation; object headers rewritten</source>
        <translation>neue Generation des Funktionsschlüssels; Objekt-Header neu geschrieben</translation>
    </message>
    <message>
        <source>copy a folder of files into a workspace</source>
        <translation>einen Ordner mit Dateien in einen Arbeitsbereich kopieren</translation>
    </message>
    <message>
        <source>export a break-glass recovery kit for a feature key</source>
        <translation>ein Wiederherstellungspaket für einen Funktionsschlüssel exportieren (Notfallzugriff)</translation>
    </message>
    <message>
        <source>run the whole flow on a demo workspace</source>
        <translation>den gesamten Ablauf an einem Demo-Arbeitsbereich durchspielen</translation>
    </message>
    <message>
        <source>create, list, show and change workspaces</source>
        <translation>Arbeitsbereiche erstellen, auflisten, anzeigen und ändern</translation>
    </message>
    <message>
        <source>assign a customer-managed key to a workspace feature</source>
        <translation>einer Funktion eines Arbeitsbereichs einen kundenseitig verwalteten Schlüssel zuweisen</translation>
    </message>
    <message>
        <source>print or verify the rotation history</source>
        <translation>den Rotationsverlauf ausgeben oder prüfen</translation>
    </message>
    <message>
        <source>premium or standard (default premium).</source>
        <translation>premium oder standard (Vorgabe: premium).</translation>
    </message>
    <message>
        <source>The workspace&apos;s region, e.g. westeurope.</source>
        <translation>Die Region des Arbeitsbereichs, z. B. westeurope.</translation>
    </message>
    <message>
        <source>Turn on a workspace option (repeatable): notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest.</source>
        <translation>Eine Option des Arbeitsbereichs aktivieren (mehrfach möglich): notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest.</translation>
    </message>
    <message>
        <source>The workspace&apos;s object-store folder (default: &lt;data dir&gt;/workspaces/NAME); its areas control-plane, root, disks and serverless are created in it.</source>
        <translation>Der Objektspeicherordner des Arbeitsbereichs (Vorgabe: &lt;Datenverzeichnis&gt;/workspaces/NAME); darin werden seine Bereiche control-plane, root, disks und serverless angelegt.</translation>
    </message>
    <message>
        <source>The new workspace&apos;s name.</source>
        <translation>Der Name des neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Create a workspace in the catalog and its object-store folder.</source>
        <translation>Einen Arbeitsbereich im Katalog sowie seinen Objektspeicherordner erstellen.</translation>
    </message>
    <message>
        <source>--plan must be premium or standard</source>
        <translation>--plan muss premium oder standard sein</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>created workspace &apos;%1&apos; (%2) with its objects in %3</source>
        <translation>Arbeitsbereich &apos;%1&apos; (%2) erstellt; seine Objekte liegen in %3</translation>
    </message>
    <message>
        <source>List the workspaces in the catalog.</source>
        <translation>Die Arbeitsbereiche im Katalog auflisten.</translation>
    </message>
    <message>
        <source>no workspaces; create one with &apos;keywardctl workspace create NAME&apos;</source>
        <translation>keine Arbeitsbereiche vorhanden; erstellen Sie einen mit &apos;keywardctl workspace create NAME&apos;</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>TARIF</translation>
    </message>
    <message>
        <source>REGION</source>
        <translation>REGION</translation>
    </message>
    <message>
        <source>KEYS</source>
        <translation>SCHL.</translation>
    </message>
    <message>
        <source>STORAGE</source>
        <translation>SPEICHER</translation>
    </message>
    <message>
        <source>double encryption %1</source>
        <translation>doppelte Verschlüsselung %1</translation>
    </message>
    <message>
        <source>auto-rotate %1</source>
        <translation>Auto-Rotation %1</translation>
    </message>
    <message numerus="yes">
        <source>%n data type(s): </source>
        <translation>
            <numerusform>%n Datentyp: </numerusform>
            <numerusform>%n Datentypen: </numerusform>
        </translation>
    </message>
    <message>
        <source>Show a workspace: plan, region, options, storage, key assignments, active feature keys and coverage. --json includes the full matrix (format keyward.matrix).</source>
        <translation>Einen Arbeitsbereich anzeigen: Tarif, Region, Optionen, Speicher, Schlüsselzuweisungen, aktive Funktionsschlüssel und Abdeckung. --json enthält die vollständige Matrix (Format keyward.matrix).</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Key assignments</source>
        <translation>Schlüsselzuweisungen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>store %1, key %2, follows latest</source>
        <translation>Speicher %1, Schlüssel %2, folgt der neuesten Version</translation>
    </message>
    <message>
        <source>store %1, key %2, version %3</source>
        <translation>Speicher %1, Schlüssel %2, Version %3</translation>
    </message>
    <message>
        <source>Active feature keys</source>
        <translation>Aktive Funktionsschlüssel</translation>
    </message>
    <message>
        <source>fk_id %1, generation %2, KEK %3</source>
        <translation>fk_id %1, Generation %2, KEK %3</translation>
    </message>
    <message>
        <source>Coverage by feature (every data type: &apos;keywardctl workspace show %1 --json&apos;)</source>
        <translation>Abdeckung nach Funktion (alle Datentypen: &apos;keywardctl workspace show %1 --json&apos;)</translation>
    </message>
    <message>
        <source>bad --option &apos;%1&apos; (expected NAME=on or NAME=off, NAME one of notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest)</source>
        <translation>ungültiger Wert &apos;%1&apos; für --option (erwartet: NAME=on oder NAME=off; NAME ist notebook-results-in-customer-storage, dbfs-double-encryption oder managed-disk-rotate-to-latest)</translation>
    </message>
    <message>
        <source>premium or standard.</source>
        <translation>premium oder standard.</translation>
    </message>
    <message>
        <source>The workspace&apos;s region.</source>
        <translation>Die Region des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Turn an option on or off (repeatable), e.g. notebook-results-in-customer-storage=on.</source>
        <translation>Eine Option ein- oder ausschalten (mehrfach möglich), z. B. notebook-results-in-customer-storage=on.</translation>
    </message>
    <message>
        <source>Change a workspace&apos;s plan, region or options.</source>
        <translation>Tarif, Region oder Optionen eines Arbeitsbereichs ändern.</translation>
    </message>
    <message>
        <source>nothing to change: give --plan, --region or --option</source>
        <translation>nichts zu ändern: Geben Sie --plan, --region oder --option an</translation>
    </message>
    <message>
        <source>plan %1 -&gt; %2</source>
        <translation>Tarif %1 -&gt; %2</translation>
    </message>
    <message>
        <source>region %1 -&gt; %2</source>
        <translation>Region %1 -&gt; %2</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; unchanged</source>
        <translation>Arbeitsbereich &apos;%1&apos; unverändert</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos;: %2</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>Usage: keywardctl workspace create NAME [--plan P] [--region R] [--option O ...] [--storage DIR] | list | show NAME | set NAME [--plan P] [--region R] [--option O=on|off ...]
Run &apos;keywardctl workspace &lt;command&gt; --help&apos; for details.</source>
        <translation>Aufruf: keywardctl workspace create NAME [--plan P] [--region R] [--option O ...] [--storage DIR] | list | show NAME | set NAME [--plan P] [--region R] [--option O=on|off ...]
Details mit &apos;keywardctl workspace &lt;Befehl&gt; --help&apos;.</translation>
    </message>
    <message>
        <source>Run the pre-flight check list and print it; change nothing.</source>
        <translation>Die Vorabprüfungen ausführen und ihr Ergebnis ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>--clear takes no --store, --key, --version, --follow-latest or --check-only</source>
        <translation>--clear lässt sich nicht mit --store, --key, --version, --follow-latest oder --check-only kombinieren</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Run the whole flow on a demo workspace: a local vault with three keys, a workspace with sample data of every type, keys assigned, encrypt, verify, rotate, verify again. Safe to run again: it carries on from what exists; a workspace of that name that the demo did not make is refused.</source>
        <translation>Den gesamten Ablauf an einem Demo-Arbeitsbereich durchspielen: ein lokaler Tresor mit drei Schlüsseln, ein Arbeitsbereich mit Beispieldaten jedes Datentyps, Schlüssel zuweisen, encrypt, verify, rotate, erneut verify. Kann gefahrlos wiederholt werden: Vorhandenes wird weiterverwendet; ein gleichnamiger Arbeitsbereich, der nicht von der Demo erstellt wurde, wird abgelehnt.</translation>
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
