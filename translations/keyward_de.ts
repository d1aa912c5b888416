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
    <message>
        <source>Encrypt</source>
        <translation>Verschlüsseln</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Außer Dienst stellen</translation>
    </message>
    <message>
        <source>Rekey</source>
        <translation>Neu verschlüsseln</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>Resumable</source>
        <translation>Fortsetzbar</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Tampered segment</source>
        <translation>Manipuliertes Segment</translation>
    </message>
    <message>
        <source>Corrupt object</source>
        <translation>Beschädigtes Objekt</translation>
    </message>
    <message>
        <source>Unknown feature key</source>
        <translation>Unbekannter Funktionsschlüssel</translation>
    </message>
    <message>
        <source>Wrong feature key</source>
        <translation>Falscher Funktionsschlüssel</translation>
    </message>
    <message>
        <source>Retired feature key</source>
        <translation>Außer Dienst gestellter Funktionsschlüssel</translation>
    </message>
    <message>
        <source>Key disabled</source>
        <translation>Schlüssel deaktiviert</translation>
    </message>
    <message>
        <source>Key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <source>Key not yet valid</source>
        <translation>Schlüssel noch nicht gültig</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>No feature key</source>
        <translation>Kein Funktionsschlüssel</translation>
    </message>
    <message>
        <source>Feature key under the version</source>
        <translation>Funktionsschlüssel unter der Version</translation>
    </message>
    <message>
        <source>Version still assigned</source>
        <translation>Version noch zugewiesen</translation>
    </message>
    <message>
        <source>No rotation off the version</source>
        <translation>Keine Rotation weg von der Version</translation>
    </message>
    <message>
        <source>Not verified since the rotation</source>
        <translation>Seit der Rotation nicht geprüft</translation>
    </message>
    <message>
        <source>Hold period not over</source>
        <translation>Haltefrist nicht abgelaufen</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 fertig</translation>
    </message>
    <message>
        <source>%1 of %2 features</source>
        <translation>%1 von %2 Funktionen</translation>
    </message>
    <message>
        <source>%1 of %2 checks</source>
        <translation>%1 von %2 Prüfungen</translation>
    </message>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 von %2 Objekten</translation>
    </message>
    <message>
        <source>%1 objects/s</source>
        <translation>%1 Objekte/s</translation>
    </message>
    <message>
        <source>%1, %2/s</source>
        <translation>%1, %2/s</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 T</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>time left not known yet</source>
        <translation>verbleibende Zeit noch unbekannt</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 of workspace &apos;%2&apos; has no customer-managed key</source>
        <translation>%1 von Arbeitsbereich &apos;%2&apos; hat keinen kundenverwalteten Schlüssel</translation>
    </message>
    <message>
        <source>key store &apos;%1&apos; is locked</source>
        <translation>Schlüsselspeicher &apos;%1&apos; ist gesperrt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid key name: names are 1-127 letters, digits or dashes</source>
        <translation>&apos;%1&apos; ist kein gültiger Schlüsselname: Namen bestehen aus 1-127 Buchstaben, Ziffern oder Bindestrichen</translation>
    </message>
    <message>
        <source>%1 keys of %2 bits are not made: RSA keys are 2048, 3072 or 4096 bits, AES keys 256 bits</source>
        <translation>%1-Schlüssel mit %2 Bit werden nicht erzeugt: RSA-Schlüssel haben 2048, 3072 oder 4096 Bit, AES-Schlüssel 256 Bit</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; cannot hold %2 keys</source>
        <translation>Speicher &apos;%1&apos; kann keine %2-Schlüssel aufnehmen</translation>
    </message>
    <message>
        <source>the expiry date %1 has passed</source>
        <translation>das Ablaufdatum %1 ist überschritten</translation>
    </message>
    <message>
        <source>the key would expire (%2) before it becomes valid (%1)</source>
        <translation>der Schlüssel würde ablaufen (%2), bevor er gültig wird (%1)</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; has a key named &apos;%2&apos; already</source>
        <translation>Speicher &apos;%1&apos; hat bereits einen Schlüssel namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; keeps a deleted key named &apos;%2&apos; until %3</source>
        <translation>Speicher &apos;%1&apos; bewahrt einen gelöschten Schlüssel namens &apos;%2&apos; bis %3 auf</translation>
    </message>
    <message>
        <source>key &apos;%2&apos; was made in store &apos;%1&apos; (version %3), but its rotation policy was not set: %4</source>
        <translation>Schlüssel &apos;%2&apos; wurde in Speicher &apos;%1&apos; erstellt (Version %3), aber seine Rotationsrichtlinie wurde nicht festgelegt: %4</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a rotation preset: use none, 90-days, 180-days, yearly or 2-years</source>
        <translation>&apos;%1&apos; ist keine Rotationsvorgabe: verwenden Sie none, 90-days, 180-days, yearly oder 2-years</translation>
    </message>
    <message>
        <source>assign a key to it first</source>
        <translation>weisen Sie ihm zuerst einen Schlüssel zu</translation>
    </message>
    <message>
        <source>unlock it with its passphrase or PIN</source>
        <translation>entsperren Sie ihn mit seiner Passphrase oder PIN</translation>
    </message>
    <message>
        <source>choose one of the key types the store offers</source>
        <translation>wählen Sie einen der Schlüsseltypen, die der Speicher anbietet</translation>
    </message>
    <message>
        <source>choose a date still to come, or no expiry date</source>
        <translation>wählen Sie ein künftiges Datum oder kein Ablaufdatum</translation>
    </message>
    <message>
        <source>choose an expiry date after the not-before date</source>
        <translation>wählen Sie ein Ablaufdatum nach dem Nicht-vor-Datum</translation>
    </message>
    <message>
        <source>choose another name, or assign the existing key</source>
        <translation>wählen Sie einen anderen Namen oder weisen Sie den vorhandenen Schlüssel zu</translation>
    </message>
    <message>
        <source>choose another name, or recover the deleted key</source>
        <translation>wählen Sie einen anderen Namen oder stellen Sie den gelöschten Schlüssel wieder her</translation>
    </message>
    <message>
        <source>the key is usable; set its rotation policy again (keywardctl key policy set)</source>
        <translation>der Schlüssel ist verwendbar; legen Sie seine Rotationsrichtlinie erneut fest (keywardctl key policy set)</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <source>No feature key in any workspace is wrapped under the version</source>
        <translation>Kein Funktionsschlüssel in irgendeinem Arbeitsbereich ist unter der Version umschlossen</translation>
    </message>
    <message>
        <source>No workspace is assigned the version</source>
        <translation>Keinem Arbeitsbereich ist die Version zugewiesen</translation>
    </message>
    <message>
        <source>A rotation has moved the key off the version</source>
        <translation>Eine Rotation hat den Schlüssel von der Version wegbewegt</translation>
    </message>
    <message>
        <source>Every workspace using the key verified all its objects, with no finding, since that rotation</source>
        <translation>Jeder Arbeitsbereich, der den Schlüssel verwendet, hat seit dieser Rotation alle seine Objekte ohne Befund geprüft</translation>
    </message>
    <message>
        <source>The hold period after the rotation is over</source>
        <translation>Die Haltefrist nach der Rotation ist abgelaufen</translation>
    </message>
    <message>
        <source>No automatic rotation</source>
        <translation>Keine automatische Rotation</translation>
    </message>
    <message>
        <source>Every 90 days</source>
        <translation>Alle 90 Tage</translation>
    </message>
    <message>
        <source>Every 180 days</source>
        <translation>Alle 180 Tage</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <source>Every 2 years (NIST SP 800-57 key-wrapping key cryptoperiod)</source>
        <translation>Alle 2 Jahre (Kryptoperiode für Key-Wrapping-Schlüssel nach NIST SP 800-57)</translation>
    </message>
    <message>
        <source>No rotation policy: rotate the key by hand; its versions expire only on a date you give.</source>
        <translation>Keine Rotationsrichtlinie: Rotieren Sie den Schlüssel manuell; seine Versionen laufen nur an einem von Ihnen angegebenen Datum ab.</translation>
    </message>
    <message>
        <source>A new version %1 after each one is made (%2).</source>
        <translation>Eine neue Version %1 nach Erstellung der vorherigen (%2).</translation>
    </message>
    <message>
        <source>A new version %1 after each one is made (%2); each version expires %3 after it is made (%4).</source>
        <translation>Eine neue Version %1 nach Erstellung der vorherigen (%2); jede Version läuft %3 nach ihrer Erstellung ab (%4).</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1, %2 Bit</translation>
    </message>
    <message>
        <source>Customer-managed keys of the Keyward workspace &apos;%1&apos; (%2) for Azure Databricks.</source>
        <translation>Kundenseitig verwaltete Schlüssel des Keyward-Arbeitsbereichs &apos;%1&apos; (%2) für Azure Databricks.</translation>
    </message>
    <message>
        <source>Customer-managed keys of the Keyward workspace &apos;%1&apos; (%2, %3) for Azure Databricks.</source>
        <translation>Kundenseitig verwaltete Schlüssel des Keyward-Arbeitsbereichs &apos;%1&apos; (%2, %3) für Azure Databricks.</translation>
    </message>
    <message>
        <source>Generated by Keyward. No key material is written here: keys appear by name, type, size and version only.</source>
        <translation>Von Keyward erzeugt. Hier wird kein Schlüsselmaterial geschrieben: Schlüssel erscheinen nur mit Name, Typ, Größe und Version.</translation>
    </message>
    <message>
        <source>The order matters, and the configuration keeps it:</source>
        <translation>Die Reihenfolge ist wichtig, und die Konfiguration behält sie bei:</translation>
    </message>
    <message>
        <source>1. the keys, and the grant to the AzureDatabricks application, which reads the managed-services key when the workspace is created;</source>
        <translation>1. die Schlüssel sowie die Berechtigung für die Anwendung AzureDatabricks, die den Schlüssel für verwaltete Dienste beim Erstellen des Arbeitsbereichs liest;</translation>
    </message>
    <message>
        <source>2. the workspace, with customer-managed keys enabled: this creates the identity of its DBFS root storage account and, with a managed-disk key, its disk encryption set;</source>
        <translation>2. der Arbeitsbereich mit aktivierten kundenverwalteten Schlüsseln: Dadurch werden die Identität seines Speicherkontos für das DBFS-Stammverzeichnis und, mit einem Schlüssel für verwaltete Datenträger, sein Datenträgerverschlüsselungssatz erstellt;</translation>
    </message>
    <message>
        <source>3. the grants to those two identities: they exist only after step 2, so they are given in a second step, after the workspace;</source>
        <translation>3. die Berechtigungen für diese beiden Identitäten: Sie existieren erst nach Schritt 2 und werden daher in einem zweiten Schritt nach dem Arbeitsbereich vergeben;</translation>
    </message>
    <message>
        <source>4. the DBFS root&apos;s key, once its storage account identity may use it.</source>
        <translation>4. der Schlüssel des DBFS-Stammverzeichnisses, sobald die Identität seines Speicherkontos ihn verwenden darf.</translation>
    </message>
    <message>
        <source>Managed-services and managed-disk keys must name a key version: Azure rejects a versionless key id.</source>
        <translation>Schlüssel für verwaltete Dienste und verwaltete Datenträger müssen eine Schlüsselversion angeben: Azure lehnt eine Schlüssel-ID ohne Version ab.</translation>
    </message>
    <message>
        <source>Every key vault used here must have soft delete and purge protection on, and let trusted Microsoft services through its firewall (bypass &quot;AzureServices&quot;): Azure Databricks reaches the keys as one.</source>
        <translation>Jeder hier verwendete Schlüsseltresor muss vorläufiges Löschen und Löschschutz aktiviert haben und vertrauenswürdige Microsoft-Dienste durch seine Firewall lassen (bypass &quot;AzureServices&quot;): Azure Databricks greift als ein solcher Dienst auf die Schlüssel zu.</translation>
    </message>
    <message>
        <source>For a key vault that uses Azure RBAC instead of access policies, give each principal granted here the role &quot;Key Vault Crypto Service Encryption User&quot; instead, in the same order.</source>
        <translation>Verwendet ein Key Vault Azure RBAC statt Zugriffsrichtlinien, weisen Sie jedem hier berechtigten Prinzipal stattdessen die Rolle &quot;Key Vault Crypto Service Encryption User&quot; zu, in derselben Reihenfolge.</translation>
    </message>
    <message>
        <source>PLACEHOLDER: this key lives in a PKCS#11 HSM (Keyward store &apos;%1&apos;), not in Azure, and Azure cannot use it from there. This makes a new key of the same type in Key Vault; to keep the same key material instead, import it into Key Vault (Premium) or Managed HSM with BYOK from the HSM, then use that key here.</source>
        <translation>PLACEHOLDER: Dieser Schlüssel liegt in einem PKCS#11-HSM (Keyward-Schlüsselspeicher &apos;%1&apos;), nicht in Azure, und Azure kann ihn von dort nicht verwenden. Hiermit wird ein neuer Schlüssel desselben Typs in Key Vault erstellt; um stattdessen dasselbe Schlüsselmaterial zu behalten, importieren Sie es mit BYOK aus dem HSM in Key Vault (Premium) oder Managed HSM und verwenden Sie dann hier diesen Schlüssel.</translation>
    </message>
    <message>
        <source>PLACEHOLDER: this key lives in a local Keyward vault (store &apos;%1&apos;), not in Azure, and Azure cannot use it from there. This makes a new key of the same type in Key Vault; to keep the same key material instead, import it into Key Vault with BYOK, then use that key here.</source>
        <translation>PLACEHOLDER: Dieser Schlüssel liegt in einem lokalen Keyward-Tresor (Speicher &apos;%1&apos;), nicht in Azure, und Azure kann ihn von dort nicht verwenden. Hiermit wird ein neuer Schlüssel desselben Typs in Key Vault erstellt; um stattdessen dasselbe Schlüsselmaterial zu behalten, importieren Sie es mit BYOK in Key Vault und verwenden Sie dann hier diesen Schlüssel.</translation>
    </message>
    <message>
        <source>Key &apos;%1&apos; of Keyward store &apos;%2&apos; (%3), %4, version %5; used for: %6.</source>
        <translation>Schlüssel &apos;%1&apos; des Keyward-Schlüsselspeichers &apos;%2&apos; (%3), %4, Version %5; verwendet für: %6.</translation>
    </message>
    <message>
        <source>The key is in Azure already: the import block brings it under Terraform instead of making a new one.</source>
        <translation>Der Schlüssel ist bereits in Azure: Der import-Block übernimmt ihn in Terraform, statt einen neuen anzulegen.</translation>
    </message>
    <message>
        <source>Step 1: the AzureDatabricks application reads the managed-services key when the workspace is created, so it is granted before it.</source>
        <translation>Schritt 1: Die Anwendung AzureDatabricks liest den Schlüssel für verwaltete Dienste beim Erstellen des Arbeitsbereichs, daher wird der Zugriff vorher gewährt.</translation>
    </message>
    <message>
        <source>Step 2: the workspace, on the Premium plan (customer-managed keys need it).</source>
        <translation>Schritt 2: der Arbeitsbereich im Premium-Tarif (für kundenverwaltete Schlüssel erforderlich).</translation>
    </message>
    <message>
        <source>Step 3: the workspace&apos;s storage account identity and disk encryption set identity exist only once the workspace has been created with customer-managed keys enabled, so they are granted in a second step, after it.</source>
        <translation>Schritt 3: Die Identität des Speicherkontos und die Identität des Datenträgerverschlüsselungssatzes des Arbeitsbereichs existieren erst, wenn der Arbeitsbereich mit aktivierten kundenverwalteten Schlüsseln erstellt wurde; daher werden die Berechtigungen in einem zweiten Schritt danach vergeben.</translation>
    </message>
    <message>
        <source>Step 4: the DBFS root&apos;s key, once the storage account identity may use it.</source>
        <translation>Schritt 4: der Schlüssel des DBFS-Stammverzeichnisses, sobald die Identität des Speicherkontos ihn verwenden darf.</translation>
    </message>
    <message>
        <source>Name of the key vault (in this deployment&apos;s resource group) for the keys of Keyward store &apos;%1&apos;. It needs soft delete, purge protection and trusted Microsoft services let through its firewall (bypass &quot;AzureServices&quot;).</source>
        <translation>Name des Key Vault (in der Ressourcengruppe dieser Bereitstellung) für die Schlüssel des Keyward-Schlüsselspeichers &apos;%1&apos;. Er benötigt vorläufiges Löschen, Löschschutz und muss vertrauenswürdige Microsoft-Dienste durch seine Firewall lassen (bypass &quot;AzureServices&quot;).</translation>
    </message>
    <message>
        <source>Resource ID of the key vault for the keys of Keyward store &apos;%1&apos;. It needs soft delete, purge protection and trusted Microsoft services let through its firewall (network_acls bypass = &quot;AzureServices&quot;).</source>
        <translation>Ressourcen-ID des Key Vault für die Schlüssel des Keyward-Schlüsselspeichers &apos;%1&apos;. Er benötigt vorläufiges Löschen, Löschschutz und muss vertrauenswürdige Microsoft-Dienste durch seine Firewall lassen (network_acls bypass = &quot;AzureServices&quot;).</translation>
    </message>
    <message>
        <source>Object ID, in your tenant, of the AzureDatabricks enterprise application (application ID %1): it reads the managed-services key.</source>
        <translation>Objekt-ID der Unternehmensanwendung AzureDatabricks (Anwendungs-ID %1) in Ihrem Mandanten: Sie liest den Schlüssel für verwaltete Dienste.</translation>
    </message>
    <message>
        <source>The resource group of the workspace.</source>
        <translation>Die Ressourcengruppe des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The Azure region of the workspace.</source>
        <translation>Die Azure-Region des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>The workspace&apos;s name in Azure.</source>
        <translation>Der Name des Arbeitsbereichs in Azure.</translation>
    </message>
    <message>
        <source>azurerm_key_vault_key.NAME.id is versioned; its versionless_id is not.</source>
        <translation>azurerm_key_vault_key.NAME.id ist versioniert; seine versionless_id nicht.</translation>
    </message>
    <message>
        <source>The identity of the DBFS root&apos;s storage account: it wraps and unwraps with the DBFS root&apos;s key.</source>
        <translation>Die Identität des Speicherkontos des DBFS-Stammverzeichnisses: Sie umschließt und entschlüsselt mit dem Schlüssel des DBFS-Stammverzeichnisses.</translation>
    </message>
    <message>
        <source>The identity of the workspace&apos;s disk encryption set: it wraps and unwraps with the managed-disk key.</source>
        <translation>Die Identität des Datenträgerverschlüsselungssatzes des Arbeitsbereichs: Sie umschließt und entpackt mit dem Schlüssel für verwaltete Datenträger.</translation>
    </message>
    <message>
        <source>no font is installed, so the PDF would have no text</source>
        <translation>keine Schriftart installiert, daher hätte das PDF keinen Text</translation>
    </message>
    <message>
        <source>%1: &apos;%3&apos; is not a value for %2 (it takes %4)</source>
        <translation>%1: &apos;%3&apos; ist kein gültiger Wert für %2 (zulässig: %4)</translation>
    </message>
    <message>
        <source>%1: the [compliance] group has no setting named &apos;%2&apos;</source>
        <translation>%1: Die Gruppe [compliance] hat keine Einstellung namens &apos;%2&apos;</translation>
    </message>
    <message>
        <source>there is no local vault to keep the report-signing key in</source>
        <translation>es gibt keinen lokalen Tresor, in dem der Signaturschlüssel für Berichte aufbewahrt werden kann</translation>
    </message>
    <message>
        <source>there are several local vaults (%1) and none was named for the report-signing key</source>
        <translation>es gibt mehrere lokale Tresore (%1) und keiner wurde für den Berichtssignaturschlüssel angegeben</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; is not a local vault; the report-signing key is kept in a local vault</source>
        <translation>Speicher &apos;%1&apos; ist kein lokaler Tresor; der Signaturschlüssel für Berichte wird in einem lokalen Tresor aufbewahrt</translation>
    </message>
    <message>
        <source>workspace &apos;%1&apos; has no customer-managed key assigned, so it has no key configuration to export</source>
        <translation>Arbeitsbereich &apos;%1&apos; ist kein kundenverwalteter Schlüssel zugewiesen, daher gibt es keine Schlüsselkonfiguration zum Exportieren</translation>
    </message>
    <message>
        <source>%2 of workspace &apos;%1&apos; uses key &apos;%4&apos; of store &apos;%3&apos;, an %5 key: Azure Databricks takes only RSA keys from Key Vault or Managed HSM as customer-managed keys</source>
        <translation>%2 des Arbeitsbereichs &apos;%1&apos; verwendet Schlüssel &apos;%4&apos; des Schlüsselspeichers &apos;%3&apos;, einen %5-Schlüssel: Azure Databricks akzeptiert als kundenverwaltete Schlüssel nur RSA-Schlüssel aus Key Vault oder Managed HSM</translation>
    </message>
    <message>
        <source>install a font package (Debian: fonts-dejavu-core) and generate the report again</source>
        <translation>Installieren Sie ein Schriftartpaket (Debian: fonts-dejavu-core) und erzeugen Sie den Bericht erneut</translation>
    </message>
    <message>
        <source>add a local vault first</source>
        <translation>fügen Sie zuerst einen lokalen Tresor hinzu</translation>
    </message>
    <message>
        <source>name the local vault that keeps it</source>
        <translation>geben Sie den lokalen Tresor an, der ihn enthält</translation>
    </message>
    <message>
        <source>correct the value, or remove the line to use the default</source>
        <translation>Korrigieren Sie den Wert oder entfernen Sie die Zeile, um den Standardwert zu verwenden</translation>
    </message>
    <message>
        <source>the settings are %1</source>
        <translation>die Einstellungen sind %1</translation>
    </message>
    <message>
        <source>assign a key to at least one feature first</source>
        <translation>weisen Sie zuerst mindestens einer Funktion einen Schlüssel zu</translation>
    </message>
    <message>
        <source>assign an RSA key (2048, 3072 or 4096 bits) to that feature first</source>
        <translation>Weisen Sie dieser Funktion zuerst einen RSA-Schlüssel (2048, 3072 oder 4096 Bit) zu</translation>
    </message>
    <message>
        <source>history not checked: the signature does not verify</source>
        <translation>Verlauf nicht geprüft: die Signatur lässt sich nicht prüfen</translation>
    </message>
    <message>
        <source>history not checked: the report carries no rotation-history head</source>
        <translation>Verlauf nicht geprüft: Der Bericht enthält keinen Kopf des Rotationsverlaufs</translation>
    </message>
    <message>
        <source>history not checked: the report&apos;s rotation-history head is not in the documented form</source>
        <translation>Verlauf nicht geprüft: Der Kopf des Rotationsverlaufs im Bericht hat nicht die dokumentierte Form</translation>
    </message>
    <message>
        <source>history intact: the report was signed over an empty history, and the chain verifies</source>
        <translation>Verlauf intakt: der Bericht wurde über einen leeren Verlauf signiert, und die Kette ist gültig</translation>
    </message>
    <message>
        <source>history intact: entry %1 still has the hash the report carries (%2), and the chain verifies</source>
        <translation>Verlauf intakt: Eintrag %1 hat noch den Hash, den der Bericht enthält (%2), und die Kette ist gültig</translation>
    </message>
    <message>
        <source>history broken: the rotation history&apos;s chain breaks at entry %1</source>
        <translation>Verlauf beschädigt: Die Kette des Rotationsverlaufs bricht bei Eintrag %1</translation>
    </message>
    <message>
        <source>history rewritten: entry %1, the head when the report was signed, is gone</source>
        <translation>Verlauf umgeschrieben: Eintrag %1, der beim Signieren des Berichts der neueste war, fehlt</translation>
    </message>
    <message>
        <source>history rewritten: entry %1 has another hash than when the report was signed</source>
        <translation>Verlauf umgeschrieben: Eintrag %1 hat einen anderen Hash als beim Signieren des Berichts</translation>
    </message>
    <message>
        <source>history does not match: the report counts %1 entries up to entry %2</source>
        <translation>Verlauf stimmt nicht überein: Der Bericht zählt %1 Einträge bis Eintrag %2</translation>
    </message>
    <message>
        <source>Missing object</source>
        <translation>Fehlendes Objekt</translation>
    </message>
    <message>
        <source>Swapped or copied object</source>
        <translation>Vertauschtes oder kopiertes Objekt</translation>
    </message>
    <message>
        <source>Rolled back to an older copy</source>
        <translation>Auf eine ältere Kopie zurückgesetzt</translation>
    </message>
    <message>
        <source>Not a regular file</source>
        <translation>Keine reguläre Datei</translation>
    </message>
    <message>
        <source>Unexpected file</source>
        <translation>Unerwartete Datei</translation>
    </message>
    <message>
        <source>the vault file of store &apos;%1&apos; (%2) holds the vault of store &apos;%3&apos;: the files were swapped, linked or the store&apos;s vault path was changed; nothing was read from or written to it</source>
        <translation>die Tresordatei des Schlüsselspeichers &apos;%1&apos; (%2) enthält den Tresor des Schlüsselspeichers &apos;%3&apos;: Die Dateien wurden vertauscht oder verlinkt, oder der Tresorpfad des Schlüsselspeichers wurde geändert; aus ihr wurde nichts gelesen und in sie nichts geschrieben</translation>
    </message>
    <message>
        <source>the vault file of store &apos;%1&apos; (%2) holds a vault that is not this store&apos;s; nothing was read from or written to it</source>
        <translation>die Tresordatei des Schlüsselspeichers &apos;%1&apos; (%2) enthält einen Tresor, der nicht zu diesem Schlüsselspeicher gehört; aus ihr wurde nichts gelesen und in sie nichts geschrieben</translation>
    </message>
    <message>
        <source>%2 is an older copy of vault &apos;%1&apos;: it says %3, Keyward last wrote %4; it was left as it is and not used</source>
        <translation>%2 ist eine ältere Kopie des Tresors &apos;%1&apos;: Sie nennt %3, Keyward schrieb zuletzt %4; sie wurde unverändert gelassen und nicht verwendet</translation>
    </message>
    <message>
        <source>no Keyward data here: %1</source>
        <translation>hier liegen keine Keyward-Daten: %1</translation>
    </message>
    <message>
        <source>the catalog %1 is missing, yet %2 holds key stores that were used with it; Keyward did not start a new one</source>
        <translation>der Katalog %1 fehlt, aber %2 enthält Schlüsselspeicher, die mit ihm verwendet wurden; Keyward hat keinen neuen angelegt</translation>
    </message>
    <message>
        <source>%1 is empty or is not a Keyward catalog; it was left as it is</source>
        <translation>%1 ist leer oder kein Keyward-Katalog; die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>%1 is another catalog (id %2) than the one the store registry names (id %3); it was left as it is</source>
        <translation>%1 ist ein anderer Katalog (ID %2) als der, den das Schlüsselspeicher-Verzeichnis nennt (ID %3); die Datei wurde unverändert gelassen</translation>
    </message>
    <message>
        <source>the rotation history was truncated: it has %1 entries, but had %2 when Keyward last wrote it</source>
        <translation>der Rotationsverlauf wurde gekürzt: Er hat %1 Einträge, hatte aber %2, als Keyward zuletzt in ihn schrieb</translation>
    </message>
    <message>
        <source>the rotation history was rewritten: entry %1 is not the one Keyward last wrote</source>
        <translation>der Rotationsverlauf wurde umgeschrieben: Eintrag %1 ist nicht der, den Keyward zuletzt schrieb</translation>
    </message>
    <message>
        <source>%1 and the folder of workspace &apos;%2&apos; (%3) overlap: one lies inside the other</source>
        <translation>%1 und der Ordner des Arbeitsbereichs &apos;%2&apos; (%3) überschneiden sich: Einer liegt im anderen</translation>
    </message>
    <message>
        <source>%1 overlaps the Keyward data directory %2</source>
        <translation>%1 überschneidet sich mit dem Keyward-Datenverzeichnis %2</translation>
    </message>
    <message>
        <source>%1 is or overlaps the system folder %2</source>
        <translation>%1 ist oder überschneidet sich mit dem Systemordner %2</translation>
    </message>
    <message>
        <source>the folder of workspace &apos;%1&apos; (%2) now leads to %3: a link was put in its path</source>
        <translation>der Ordner des Arbeitsbereichs &apos;%1&apos; (%2) führt jetzt nach %3: In seinen Pfad wurde ein Link gesetzt</translation>
    </message>
    <message>
        <source>put the store&apos;s own vault file back at its path (or the path back in stores.json)</source>
        <translation>legen Sie die eigene Tresordatei des Schlüsselspeichers wieder an ihren Pfad (oder den Pfad wieder in stores.json)</translation>
    </message>
    <message>
        <source>restore the newest copy of the vault file from your backup</source>
        <translation>stellen Sie die neueste Kopie der Tresordatei aus Ihrer Sicherung wieder her</translation>
    </message>
    <message>
        <source>check --data-dir (or KEYWARD_DATA_DIR)</source>
        <translation>prüfen Sie --data-dir (oder KEYWARD_DATA_DIR)</translation>
    </message>
    <message>
        <source>restore this data directory&apos;s catalog.sqlite from your backup</source>
        <translation>stellen Sie die catalog.sqlite dieses Datenverzeichnisses aus Ihrer Sicherung wieder her</translation>
    </message>
    <message>
        <source>give each workspace a folder of its own, apart from the others, the data directory and the system&apos;s folders</source>
        <translation>geben Sie jedem Arbeitsbereich einen eigenen Ordner, getrennt von den anderen, vom Datenverzeichnis und von den Systemordnern</translation>
    </message>
    <message>
        <source>remove the link and put the workspace&apos;s folder back where it was; no job reads the workspace until then</source>
        <translation>entfernen Sie den Link und legen Sie den Ordner des Arbeitsbereichs wieder an seinen Platz; bis dahin liest kein Job den Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 could not sign in at %2 (%3): check the tenant, the client id and the client secret</source>
        <translation>%1 konnte sich nicht bei %2 anmelden (%3): prüfen Sie Mandant, Client-ID und geheimen Clientschlüssel</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; refuses to %2 key &apos;%3&apos;: the identity Keyward signs in with lacks that permission</source>
        <translation>Schlüsselspeicher &apos;%1&apos; verweigert %2 mit Schlüssel &apos;%3&apos;: der Identität, mit der sich Keyward anmeldet, fehlt diese Berechtigung</translation>
    </message>
    <message>
        <source>%1 is throttling requests and asked to wait %2 s; nothing was lost</source>
        <translation>%1 drosselt Anfragen und bittet, %2 s zu warten; nichts ging verloren</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (%3)</source>
        <translation>%1 antwortete mit HTTP %2 (%3)</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; asked for a token from %3, not from the configured authority %2; none was sent</source>
        <translation>Schlüsselspeicher &apos;%1&apos; verlangte ein Token von %3 statt von der eingestellten Autorität %2; es wurde keines gesendet</translation>
    </message>
    <message>
        <source>%2 in %1 changed while Keyward worked on it; it was left as the other writer made it</source>
        <translation>%2 in %1 wurde geändert, während Keyward daran arbeitete; es blieb so, wie der andere Schreiber es hinterließ</translation>
    </message>
    <message>
        <source>the OS keychain holds no account key or SAS token for %1</source>
        <translation>der Schlüsselbund des Betriebssystems enthält keinen Kontoschlüssel und kein SAS-Token für %1</translation>
    </message>
    <message>
        <source>the connection string is not valid: %1</source>
        <translation>die Verbindungszeichenfolge ist ungültig: %1</translation>
    </message>
    <message>
        <source>an https URL with a host and nothing after the path</source>
        <translation>eine https-URL mit Host und nichts nach dem Pfad</translation>
    </message>
    <message>
        <source>a date like 2025-07-01 or a number like 7.6</source>
        <translation>ein Datum wie 2025-07-01 oder eine Zahl wie 7.6</translation>
    </message>
    <message>
        <source>one scope, without spaces</source>
        <translation>einen Geltungsbereich, ohne Leerzeichen</translation>
    </message>
    <message>
        <source>an id of letters, digits, dots and dashes</source>
        <translation>eine ID aus Buchstaben, Ziffern, Punkten und Bindestrichen</translation>
    </message>
    <message>
        <source>&apos;%2&apos; is not a valid %1 (it takes %3)</source>
        <translation>&apos;%2&apos; ist kein gültiger Wert für %1 (erwartet wird %3)</translation>
    </message>
    <message>
        <source>%2 of workspace &apos;%1&apos; must use a pinned version of key &apos;%4&apos; in store &apos;%3&apos;</source>
        <translation>%2 von Arbeitsbereich &apos;%1&apos; muss eine festgelegte Version von Schlüssel &apos;%4&apos; in Schlüsselspeicher &apos;%3&apos; verwenden</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; holds no key yet, so its purge protection cannot be read</source>
        <translation>Schlüsselspeicher &apos;%1&apos; enthält noch keinen Schlüssel, daher lässt sich sein Löschschutz nicht lesen</translation>
    </message>
    <message>
        <source>check the tenant, the client id and the client secret Keyward keeps for the store</source>
        <translation>prüfen Sie Mandant, Client-ID und den geheimen Clientschlüssel, den Keyward für den Schlüsselspeicher aufbewahrt</translation>
    </message>
    <message>
        <source>grant the identity the key permissions (Key Vault Crypto Service Encryption User, or wrapKey and unwrapKey in an access policy)</source>
        <translation>erteilen Sie der Identität die Schlüsselberechtigungen (Key Vault Crypto Service Encryption User, oder wrapKey und unwrapKey in einer Zugriffsrichtlinie)</translation>
    </message>
    <message>
        <source>run the job again later; it resumes where it stopped</source>
        <translation>führen Sie den Auftrag später erneut aus; er setzt dort fort, wo er stehen blieb</translation>
    </message>
    <message>
        <source>run the job again to pick up the new version</source>
        <translation>führen Sie den Auftrag erneut aus, um die neue Version zu übernehmen</translation>
    </message>
    <message>
        <source>give Keyward the storage account&apos;s key or SAS token again</source>
        <translation>geben Sie Keyward den Schlüssel des Speicherkontos oder das SAS-Token erneut</translation>
    </message>
    <message>
        <source>assign a specific key version, as Azure requires for this feature</source>
        <translation>weisen Sie eine bestimmte Schlüsselversion zu, wie Azure es für diese Funktion verlangt</translation>
    </message>
    <message>
        <source>Key version named, as Azure requires</source>
        <translation>Schlüsselversion festgelegt, wie Azure es verlangt</translation>
    </message>
    <message>
        <source>no space left on the device that holds %1</source>
        <translation>kein Platz mehr auf dem Gerät, das %1 enthält</translation>
    </message>
    <message>
        <source>the folder %1 went away while Keyward worked in it (unmounted, moved or removed)</source>
        <translation>der Ordner %1 ist verschwunden, während Keyward darin arbeitete (ausgehängt, verschoben oder entfernt)</translation>
    </message>
    <message>
        <source>store &apos;%1&apos; needs a passphrase or PIN, and there is no terminal to ask for it on</source>
        <translation>Schlüsselspeicher &apos;%1&apos; braucht eine Passphrase oder PIN, und es gibt kein Terminal, um danach zu fragen</translation>
    </message>
    <message>
        <source>the OS keychain is locked</source>
        <translation>der Schlüsselbund des Betriebssystems ist gesperrt</translation>
    </message>
    <message>
        <source>the OS keychain is locked, so store &apos;%1&apos; cannot be unlocked</source>
        <translation>der Schlüsselbund des Betriebssystems ist gesperrt, daher kann Schlüsselspeicher &apos;%1&apos; nicht entsperrt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a feature key id: an id is 32 hexadecimal digits</source>
        <translation>&apos;%1&apos; ist keine Funktionsschlüssel-ID: eine ID besteht aus 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Keyward does not write through links</source>
        <translation>%1 ist ein symbolischer Link; Keyward schreibt nicht durch Links</translation>
    </message>
    <message>
        <source>cannot write %1: the folder %2 belongs to another user, or others can write to it</source>
        <translation>%1 kann nicht geschrieben werden: der Ordner %2 gehört einem anderen Benutzer, oder andere dürfen darin schreiben</translation>
    </message>
    <message>
        <source>cannot write %1: a file of another user is there, in a folder others share</source>
        <translation>%1 kann nicht geschrieben werden: dort liegt eine Datei eines anderen Benutzers, in einem gemeinsam genutzten Ordner</translation>
    </message>
    <message>
        <source>cannot write %1: it is a folder, device, pipe or socket, not a file</source>
        <translation>%1 kann nicht geschrieben werden: es ist ein Ordner, ein Gerät, eine Pipe oder ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>%1 is not an RSA private key in PEM form</source>
        <translation>%1 ist kein privater RSA-Schlüssel im PEM-Format</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a whole number</source>
        <translation>%1: &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>%1: %2 is out of range (it takes %3 to %4)</source>
        <translation>%1: %2 liegt außerhalb des Bereichs (erlaubt sind %3 bis %4)</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a duration</source>
        <translation>%1: &apos;%2&apos; ist keine Dauer</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a date</source>
        <translation>%1: &apos;%2&apos; ist kein Datum</translation>
    </message>
    <message>
        <source>%1: %2 is in the past</source>
        <translation>%1: %2 liegt in der Vergangenheit</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is neither on nor off</source>
        <translation>%1: &apos;%2&apos; ist weder on noch off</translation>
    </message>
    <message>
        <source>%1 is given more than once</source>
        <translation>%1 ist mehr als einmal angegeben</translation>
    </message>
    <message>
        <source>%1 names %2 more than once</source>
        <translation>%1 nennt %2 mehr als einmal</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the passphrase is too short: it takes at least %1 bytes</source>
        <translation>die Passphrase ist zu kurz: sie braucht mindestens %1 Bytes</translation>
    </message>
    <message>
        <source>%1 is not a JSON object (%2)</source>
        <translation>%1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1: %2 is missing or not valid in a Key Vault rotation policy</source>
        <translation>%1: %2 fehlt oder ist in einer Key-Vault-Rotationsrichtlinie nicht gültig</translation>
    </message>
    <message>
        <source>%1: %2 (&apos;%3&apos;) is not valid in a Key Vault rotation policy</source>
        <translation>%1: %2 (&apos;%3&apos;) ist in einer Key-Vault-Rotationsrichtlinie nicht gültig</translation>
    </message>
    <message>
        <source>the token of store &apos;%1&apos; keeps %2 %3, set when Keyward first used it</source>
        <translation>das Token von Schlüsselspeicher &apos;%1&apos; behält %2 %3, festgelegt bei der ersten Verwendung durch Keyward</translation>
    </message>
    <message>
        <source>free space on that device, then run the command again; nothing was lost, and a job resumes where it stopped</source>
        <translation>geben Sie Platz auf diesem Gerät frei und führen Sie den Befehl erneut aus; nichts ging verloren, und ein Auftrag setzt dort fort, wo er angehalten hat</translation>
    </message>
    <message>
        <source>bring the folder back (mount it again, or move it back), then run the job again; it resumes where it stopped</source>
        <translation>bringen Sie den Ordner zurück (erneut einhängen oder zurückverschieben) und führen Sie den Auftrag erneut aus; er setzt dort fort, wo er angehalten hat</translation>
    </message>
    <message>
        <source>give it in a file with %1</source>
        <translation>geben Sie sie in einer Datei mit %1 an</translation>
    </message>
    <message>
        <source>unlock the keychain (log in to the desktop session, or unlock it in the keyring manager) and try again</source>
        <translation>entsperren Sie den Schlüsselbund (an der Desktop-Sitzung anmelden oder in der Schlüsselbundverwaltung entsperren) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>use an fk_id from the workspace&apos;s feature keys</source>
        <translation>verwenden Sie eine fk_id aus den Funktionsschlüsseln des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>write it to a folder of your own</source>
        <translation>schreiben Sie sie in einen eigenen Ordner</translation>
    </message>
    <message>
        <source>write a whole number in the option&apos;s unit, a number with a unit (30m, 48h, 2d) or an ISO 8601 duration (PT48H, P2D)</source>
        <translation>schreiben Sie eine ganze Zahl in der Einheit der Option, eine Zahl mit Einheit (30m, 48h, 2d) oder eine ISO-8601-Dauer (PT48H, P2D)</translation>
    </message>
    <message>
        <source>write an ISO 8601 date such as 2027-06-30 or 2027-06-30T12:00:00Z, each field within its range</source>
        <translation>schreiben Sie ein ISO-8601-Datum wie 2027-06-30 oder 2027-06-30T12:00:00Z, jedes Feld in seinem Bereich</translation>
    </message>
    <message>
        <source>write on, off, true, false, yes or no</source>
        <translation>schreiben Sie on, off, true, false, yes oder no</translation>
    </message>
    <message>
        <source>give it once</source>
        <translation>geben Sie sie nur einmal an</translation>
    </message>
    <message>
        <source>name each one once</source>
        <translation>nennen Sie jeden nur einmal</translation>
    </message>
    <message>
        <source>see the command&apos;s --help</source>
        <translation>siehe --help des Befehls</translation>
    </message>
    <message>
        <source>leave the option out: a token&apos;s purge protection and retention are set once and never weakened</source>
        <translation>lassen Sie die Option weg: Löschschutz und Aufbewahrung eines Tokens werden einmal festgelegt und nie abgeschwächt</translation>
    </message>
    <message>
        <source>a policy has lifetimeActions (at most one Rotate and one Notify, each with one trigger, timeAfterCreate or timeBeforeExpiry, an ISO 8601 duration such as P90D) and may have attributes.expiryTime (P28D or longer); nothing was changed</source>
        <translation>eine Richtlinie hat lifetimeActions (höchstens je eine Rotate- und Notify-Aktion, jede mit einem Auslöser, timeAfterCreate oder timeBeforeExpiry, einer ISO-8601-Dauer wie P90D) und kann attributes.expiryTime haben (P28D oder länger); nichts wurde geändert</translation>
    </message>
    <message>
        <source>write an ISO 8601 duration as Key Vault takes it, such as P90D, P3M or P1Y</source>
        <translation>schreiben Sie eine ISO-8601-Dauer, wie Key Vault sie annimmt, etwa P90D, P3M oder P1Y</translation>
    </message>
    <message>
        <source>key store &apos;%1&apos; cannot be reached: its vault file, token or key vault went away or stopped answering</source>
        <translation>Schlüsselspeicher &apos;%1&apos; ist nicht erreichbar: seine Tresordatei, sein Token oder sein Key Vault ist verschwunden oder antwortet nicht mehr</translation>
    </message>
    <message>
        <source>bring the store back (put the vault file back, insert the token, or restore the connection to the key vault), then run the command again; a job resumes where it stopped</source>
        <translation>bringen Sie den Speicher zurück (Tresordatei zurücklegen, Token einstecken oder die Verbindung zum Key Vault wiederherstellen) und führen Sie den Befehl erneut aus; ein Auftrag setzt dort fort, wo er angehalten hat</translation>
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
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>Prints, for every type of workspace data, which customer-managed key feature covers it and which key protects it now. With --workspace, a workspace of the catalog with each cell&apos;s state from its keys and last jobs; otherwise the workspace the options describe. --json prints format keyward.matrix, version 1.</source>
        <translation>Gibt für jeden Typ von Arbeitsbereichsdaten aus, welche Funktion für kundenverwaltete Schlüssel ihn abdeckt und welcher Schlüssel ihn aktuell schützt. Mit --workspace ein Arbeitsbereich des Katalogs mit dem Status jeder Zelle aus seinen Schlüsseln und letzten Aufträgen; andernfalls der Arbeitsbereich, den die Optionen beschreiben. --json gibt das Format keyward.matrix, Version 1, aus.</translation>
    </message>
    <message>
        <source>A workspace of the catalog: its plan, options and keys, and each cell&apos;s state from its key stores and last jobs. Locked stores are not unlocked unless --passphrase-file or --pin-file is given.</source>
        <translation>Ein Arbeitsbereich des Katalogs: sein Tarif, seine Optionen und Schlüssel sowie der Status jeder Zelle aus seinen Schlüsselspeichern und letzten Aufträgen. Gesperrte Speicher werden nur entsperrt, wenn --passphrase-file oder --pin-file angegeben ist.</translation>
    </message>
    <message>
        <source>--%1 describes a what-if workspace and cannot be used with --workspace</source>
        <translation>--%1 beschreibt einen hypothetischen Arbeitsbereich und kann nicht mit --workspace verwendet werden</translation>
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
        <source>What &quot;Create the demo workspace&quot; makes: about this many objects (default 300; raised to the sample data&apos;s minimum).</source>
        <translation>Was &quot;Demo-Arbeitsbereich erstellen&quot; erzeugt: etwa so viele Objekte (Standard 300; angehoben auf das Minimum der Beispieldaten).</translation>
    </message>
    <message>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>What &quot;Create the demo workspace&quot; makes: about this many MiB of sample data (default 64).</source>
        <translation>Was &quot;Demo-Arbeitsbereich erstellen&quot; erzeugt: etwa so viele MiB Beispieldaten (Standard 64).</translation>
    </message>
    <message>
        <source>MiB</source>
        <translation>MiB</translation>
    </message>
    <message>
        <source>With --screenshot: open the key wizard on the demo workspace and walk it to page N (0-5; page 5 applies: use a copy of the data).</source>
        <translation>Mit --screenshot: den Schlüsselassistenten für den Demo-Arbeitsbereich öffnen und bis Seite N durchlaufen (0-5; Seite 5 wendet an: verwenden Sie eine Kopie der Daten).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--%1 takes a positive number</source>
        <translation>--%1 erwartet eine positive Zahl</translation>
    </message>
    <message>
        <source>--wizard-page takes a page number from 0 to %1</source>
        <translation>--wizard-page erwartet eine Seitennummer von 0 bis %1</translation>
    </message>
    <message>
        <source>Open on this view: coverage, keys, jobs, history or compliance.</source>
        <translation>Mit dieser Ansicht öffnen: coverage, keys, jobs, history oder compliance.</translation>
    </message>
    <message>
        <source>With --screenshot: open a dialog of the Compliance view and picture it: evidence (of the first finding that names a key), export or report.</source>
        <translation>Mit --screenshot: einen Dialog der Compliance-Ansicht öffnen und abbilden: Nachweis (des ersten Befunds, der einen Schlüssel nennt), Export oder Bericht.</translation>
    </message>
    <message>
        <source>unknown view &apos;%1&apos; (expected coverage, keys, jobs, history or compliance)</source>
        <translation>Unbekannte Ansicht &apos;%1&apos; (erwartet: coverage, keys, jobs, history oder compliance)</translation>
    </message>
    <message>
        <source>--dialog takes evidence, export or report, on the catalog&apos;s console</source>
        <translation>--dialog akzeptiert evidence, export oder report, auf der Konsole des Katalogs</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (erstellt mit %2)</translation>
    </message>
    <message>
        <source>Print the version, and those of Qt and OpenSSL, then quit.</source>
        <translation>Die Version sowie die von Qt und OpenSSL ausgeben und beenden.</translation>
    </message>
</context>
<context>
    <name>keyward::compliance</name>
    <message>
        <source>CIS Microsoft Azure Foundations v5.0.0</source>
        <translation>CIS Microsoft Azure Foundations v5.0.0</translation>
    </message>
    <message>
        <source>PCI DSS v4.0.1</source>
        <translation>PCI DSS v4.0.1</translation>
    </message>
    <message>
        <source>NIST SP 800-57 Part 1 Rev. 5</source>
        <translation>NIST SP 800-57 Part 1 Rev. 5</translation>
    </message>
    <message>
        <source>Azure Policy built-in definitions</source>
        <translation>Integrierte Azure Policy-Definitionen</translation>
    </message>
    <message>
        <source>Azure Databricks customer-managed keys</source>
        <translation>Kundenseitig verwaltete Schlüssel für Azure Databricks</translation>
    </message>
    <message>
        <source>Measured by Keyward</source>
        <translation>Von Keyward gemessen</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Critical Databricks data is encrypted with a customer-managed key</source>
        <translation>Kritische Databricks-Daten sind mit einem kundenverwalteten Schlüssel verschlüsselt</translation>
    </message>
    <message>
        <source>Every type of workspace data a customer-managed key can protect should be under one, judged per data type from the measured matrix, so that revoking the key makes the data unreadable.</source>
        <translation>Jeder Datentyp eines Arbeitsbereichs, den ein kundenverwalteter Schlüssel schützen kann, sollte durch einen solchen geschützt sein, beurteilt je Datentyp anhand der gemessenen Matrix, sodass das Widerrufen des Schlüssels die Daten unlesbar macht.</translation>
    </message>
    <message>
        <source>An expiration date is set for every key in RBAC key vaults</source>
        <translation>Für jeden Schlüssel in RBAC-Schlüsseltresoren ist ein Ablaufdatum festgelegt</translation>
    </message>
    <message>
        <source>A key without an expiry date can be used for ever; an expiry date bounds its use and forces a rotation.</source>
        <translation>Ein Schlüssel ohne Ablaufdatum kann für immer verwendet werden; ein Ablaufdatum begrenzt seine Verwendung und erzwingt eine Rotation.</translation>
    </message>
    <message>
        <source>An expiration date is set for every key in non-RBAC key vaults</source>
        <translation>Für jeden Schlüssel in Key Vaults ohne RBAC ist ein Ablaufdatum festgelegt</translation>
    </message>
    <message>
        <source>The same as 8.3.1 for vaults that grant access through access policies: every key in use has an expiry date.</source>
        <translation>Wie 8.3.1 für Tresore, die Zugriff über Zugriffsrichtlinien gewähren: Jeder verwendete Schlüssel hat ein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Purge protection is enabled for every key vault</source>
        <translation>Löschschutz ist für jeden Key Vault aktiviert</translation>
    </message>
    <message>
        <source>With purge protection a deleted key cannot be purged before its retention period ends, so a mistake or an attacker cannot destroy the data it protects.</source>
        <translation>Mit Löschschutz kann ein gelöschter Schlüssel nicht vor Ablauf seiner Aufbewahrungsfrist endgültig gelöscht werden, sodass weder ein Fehler noch ein Angreifer die von ihm geschützten Daten vernichten kann.</translation>
    </message>
    <message>
        <source>Automatic key rotation is enabled</source>
        <translation>Die automatische Schlüsselrotation ist aktiviert</translation>
    </message>
    <message>
        <source>A rotation policy rotates the key on schedule instead of when someone remembers.</source>
        <translation>Eine Rotationsrichtlinie rotiert den Schlüssel nach Zeitplan statt dann, wenn jemand daran denkt.</translation>
    </message>
    <message>
        <source>Keys are HSM-backed where required</source>
        <translation>Schlüssel sind HSM-gestützt, wo erforderlich</translation>
    </message>
    <message>
        <source>Where the organisation requires hardware protection, every customer key is held in an HSM (Managed HSM, a PKCS#11 token).</source>
        <translation>Wo die Organisation Hardwareschutz verlangt, wird jeder Kundenschlüssel in einem HSM gehalten (Managed HSM, ein PKCS#11-Token).</translation>
    </message>
    <message>
        <source>Keys are changed at the end of their defined cryptoperiod</source>
        <translation>Schlüssel werden am Ende ihrer festgelegten Kryptoperiode gewechselt</translation>
    </message>
    <message>
        <source>Every key version in use has a defined end and is not used beyond the cryptoperiod the organisation set for key-wrapping keys.</source>
        <translation>Jede verwendete Schlüsselversion hat ein festgelegtes Ende und wird nicht über die Kryptoperiode hinaus verwendet, die die Organisation für Schlüssel zum Umschließen von Schlüsseln festgelegt hat.</translation>
    </message>
    <message>
        <source>Retired or replaced key versions are not used</source>
        <translation>Außer Dienst gestellte oder ersetzte Schlüsselversionen werden nicht verwendet</translation>
    </message>
    <message>
        <source>No active feature key may stay wrapped under a key version that is disabled, deleted or no longer the one in effect.</source>
        <translation>Kein aktiver Funktionsschlüssel darf unter einer Schlüsselversion umschlossen bleiben, die deaktiviert, gelöscht oder nicht mehr die gültige ist.</translation>
    </message>
    <message>
        <source>The cryptoperiod of key-wrapping keys is within policy</source>
        <translation>Die Kryptoperiode der Schlüssel zum Umschließen von Schlüsseln liegt innerhalb der Richtlinie</translation>
    </message>
    <message>
        <source>A key-wrapping key&apos;s originator usage period (its expiry, or its rotation policy) is defined and no longer than the policy&apos;s cryptoperiod.</source>
        <translation>Der Nutzungszeitraum des Urhebers eines Schlüsselumschließungsschlüssels (sein Ablauf oder seine Rotationsrichtlinie) ist festgelegt und nicht länger als die Kryptoperiode der Richtlinie.</translation>
    </message>
    <message>
        <source>Key Vault keys should have an expiration date</source>
        <translation>Key Vault-Schlüssel sollten ein Ablaufdatum haben</translation>
    </message>
    <message>
        <source>Azure Policy&apos;s built-in check of the same: every key has an expiry date that has not passed.</source>
        <translation>Die integrierte Azure Policy-Prüfung desselben Sachverhalts: Jeder Schlüssel hat ein Ablaufdatum, das noch nicht überschritten ist.</translation>
    </message>
    <message>
        <source>Key vaults should have deletion protection enabled</source>
        <translation>Für Schlüsseltresore sollte der Löschschutz aktiviert sein</translation>
    </message>
    <message>
        <source>Soft delete and purge protection together keep a deleted key recoverable for its retention period.</source>
        <translation>Vorläufiges Löschen und Löschschutz halten einen gelöschten Schlüssel gemeinsam für seine Aufbewahrungsdauer wiederherstellbar.</translation>
    </message>
    <message>
        <source>Keys should have a rotation policy ensuring that their rotation is scheduled within the specified number of days after creation</source>
        <translation>Schlüssel sollten eine Rotationsrichtlinie haben, die sicherstellt, dass ihre Rotation innerhalb der angegebenen Anzahl von Tagen nach der Erstellung geplant ist</translation>
    </message>
    <message>
        <source>The rotation policy rotates the key at most the chosen number of days after each version is created.</source>
        <translation>Die Rotationsrichtlinie rotiert den Schlüssel höchstens die gewählte Anzahl von Tagen nach dem Erstellen jeder Version.</translation>
    </message>
    <message>
        <source>Keys using RSA cryptography should have a specified minimum key size</source>
        <translation>Schlüssel mit RSA-Kryptografie sollten eine festgelegte Mindestschlüssellänge haben</translation>
    </message>
    <message>
        <source>Short RSA keys are weaker; Azure Databricks takes only RSA keys for customer-managed keys.</source>
        <translation>Kurze RSA-Schlüssel sind schwächer; Azure Databricks akzeptiert für kundenverwaltete Schlüssel nur RSA-Schlüssel.</translation>
    </message>
    <message>
        <source>Keys should be backed by a hardware security module (HSM)</source>
        <translation>Schlüssel sollten durch ein Hardwaresicherheitsmodul (HSM) geschützt sein</translation>
    </message>
    <message>
        <source>Azure Policy&apos;s built-in check of the same as CIS 8.3.10, where the settings require HSM-backed keys.</source>
        <translation>Die integrierte Prüfung von Azure Policy für dasselbe wie CIS 8.3.10, wenn die Einstellungen HSM-gestützte Schlüssel verlangen.</translation>
    </message>
    <message>
        <source>Customer-managed keys need the Premium plan</source>
        <translation>Kundenseitig verwaltete Schlüssel erfordern den Premium-Tarif</translation>
    </message>
    <message>
        <source>On the Standard plan no customer-managed key applies: every data type is encrypted with platform-managed keys.</source>
        <translation>Im Standard-Tarif gilt kein kundenseitig verwalteter Schlüssel: Jeder Datentyp wird mit plattformseitig verwalteten Schlüsseln verschlüsselt.</translation>
    </message>
    <message>
        <source>Serverless model images and ephemeral storage use platform keys only</source>
        <translation>Serverless-Modellimages und kurzlebiger Speicher verwenden nur Plattformschlüssel</translation>
    </message>
    <message>
        <source>Resources the platform creates on the workspace&apos;s behalf are encrypted with platform-managed keys and do not support customer-managed keys.</source>
        <translation>Ressourcen, die die Plattform im Auftrag des Arbeitsbereichs erstellt, werden mit plattformverwalteten Schlüsseln verschlüsselt und unterstützen keine kundenverwalteten Schlüssel.</translation>
    </message>
    <message>
        <source>Managed-disk keys do not cover serverless compute</source>
        <translation>Schlüssel für verwaltete Datenträger gelten nicht für serverloses Computing</translation>
    </message>
    <message>
        <source>A managed-disk key protects the classic compute plane only; serverless disks are short-lived and platform-keyed.</source>
        <translation>Ein Schlüssel für verwaltete Datenträger schützt nur die klassische Compute-Ebene; serverlose Datenträger sind kurzlebig und werden mit Plattformschlüsseln verschlüsselt.</translation>
    </message>
    <message>
        <source>Double encryption of the DBFS root is on</source>
        <translation>Die doppelte Verschlüsselung des DBFS-Stammverzeichnisses ist aktiviert</translation>
    </message>
    <message>
        <source>Infrastructure encryption adds a second, platform-keyed layer under the DBFS root&apos;s data; it can only be chosen when the workspace is created.</source>
        <translation>Die Infrastrukturverschlüsselung fügt unter den Daten des DBFS-Stamms eine zweite, mit Plattformschlüsseln verschlüsselte Schicht hinzu; sie kann nur beim Erstellen des Arbeitsbereichs gewählt werden.</translation>
    </message>
    <message>
        <source>No plaintext found by the last full verification</source>
        <translation>Bei der letzten vollständigen Prüfung wurde kein Klartext gefunden</translation>
    </message>
    <message>
        <source>Objects stored in clear are not protected by any key, whatever the configuration says.</source>
        <translation>Unverschlüsselt gespeicherte Objekte sind durch keinen Schlüssel geschützt, unabhängig davon, was die Konfiguration angibt.</translation>
    </message>
    <message>
        <source>Every customer-keyed feature is verified since its last change</source>
        <translation>Jede Funktion mit kundenseitigem Schlüssel wurde seit ihrer letzten Änderung geprüft</translation>
    </message>
    <message>
        <source>Only a full verification after the last change, and recent enough, proves what the keys protect now.</source>
        <translation>Nur eine vollständige Prüfung nach der letzten Änderung, die aktuell genug ist, belegt, was die Schlüssel jetzt schützen.</translation>
    </message>
    <message>
        <source>No old key version is still needed after a rotation</source>
        <translation>Nach einer Rotation wird keine alte Schlüsselversion mehr benötigt</translation>
    </message>
    <message>
        <source>A rotation re-wraps the feature keys under the new version; a version still wrapping feature keys after the grace period cannot be retired.</source>
        <translation>Eine Rotation umschließt die Funktionsschlüssel neu mit der neuen Version; eine Version, die nach der Karenzzeit noch Funktionsschlüssel umschließt, kann nicht außer Dienst gestellt werden.</translation>
    </message>
    <message>
        <source>Key %1 could not be judged: its store could not be read (%2).</source>
        <translation>Schlüssel %1 konnte nicht bewertet werden: sein Schlüsselspeicher konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>Make store &apos;%1&apos; reachable (or unlock it) and run the report again.</source>
        <translation>Machen Sie den Schlüsselspeicher &apos;%1&apos; erreichbar (oder entsperren Sie ihn) und erstellen Sie den Bericht erneut.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; holds no version of key &apos;%2&apos;.</source>
        <translation>Speicher &apos;%1&apos; enthält keine Version von Schlüssel &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Recover the key in store &apos;%1&apos;, or assign another key to the features that use it.</source>
        <translation>Stellen Sie den Schlüssel im Schlüsselspeicher &apos;%1&apos; wieder her, oder weisen Sie den Funktionen, die ihn verwenden, einen anderen Schlüssel zu.</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 is encrypted with platform-managed keys only; no customer-managed key can apply to it.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 wird nur mit plattformseitig verwalteten Schlüsseln verschlüsselt; kein kundenseitig verwalteter Schlüssel kann dafür gelten.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 is not kept here; a workspace option stores it as %3.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 wird hier nicht geführt; eine Arbeitsbereichsoption speichert es als %3.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is on the Standard plan: %2 is encrypted with a platform-managed key, not a customer-managed key.</source>
        <translation>Arbeitsbereich &apos;%1&apos; nutzt den Standard-Tarif: %2 ist mit einem plattformverwalteten Schlüssel verschlüsselt, nicht mit einem kundenverwalteten Schlüssel.</translation>
    </message>
    <message>
        <source>Upgrade workspace &apos;%1&apos; to the Premium plan and assign a customer-managed key to %2.</source>
        <translation>Stufen Sie den Arbeitsbereich &apos;%1&apos; auf den Premium-Tarif hoch und weisen Sie %2 einen kundenseitig verwalteten Schlüssel zu.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: no customer-managed key is assigned to %2, so %3 is encrypted with a platform-managed key.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 ist kein kundenseitig verwalteter Schlüssel zugewiesen, daher ist %3 mit einem plattformseitig verwalteten Schlüssel verschlüsselt.</translation>
    </message>
    <message>
        <source>Assign a customer-managed key to %1 of workspace &apos;%2&apos;.</source>
        <translation>Weisen Sie %1 des Arbeitsbereichs &apos;%2&apos; einen kundenseitig verwalteten Schlüssel zu.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 is under key %3, which cannot be used (%4).</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 steht unter Schlüssel %3, der nicht verwendet werden kann (%4).</translation>
    </message>
    <message>
        <source>Enable or recover that key version, or assign a usable version to %1 of workspace &apos;%2&apos;.</source>
        <translation>Aktivieren oder stellen Sie diese Schlüsselversion wieder her, oder weisen Sie %1 des Arbeitsbereichs &apos;%2&apos; eine verwendbare Version zu.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 is under key %3, whose store could not be reached: whether the key still protects it is unknown.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 ist unter Schlüssel %3 geschützt, dessen Schlüsselspeicher nicht erreichbar war: Ob der Schlüssel die Daten noch schützt, ist unbekannt.</translation>
    </message>
    <message>
        <source>Make store &apos;%1&apos; reachable and measure the workspace again.</source>
        <translation>Machen Sie den Speicher &apos;%1&apos; erreichbar und messen Sie den Arbeitsbereich erneut.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 is encrypted under customer-managed key %3.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 ist mit dem kundenseitig verwalteten Schlüssel %3 verschlüsselt.</translation>
    </message>
    <message>
        <source>Key %1: its newest version %2 has no expiry date.</source>
        <translation>Schlüssel %1: Seine neueste Version %2 hat kein Ablaufdatum.</translation>
    </message>
    <message>
        <source>Set an expiry date on key %1, and an expiry time in its rotation policy so that new versions get one.</source>
        <translation>Legen Sie ein Ablaufdatum für Schlüssel %1 fest und eine Ablaufzeit in seiner Rotationsrichtlinie, damit neue Versionen eines erhalten.</translation>
    </message>
    <message>
        <source>Key %1: its newest version %2 expired on %3.</source>
        <translation>Schlüssel %1: seine neueste Version %2 ist am %3 abgelaufen.</translation>
    </message>
    <message>
        <source>Rotate key %1 so that its newest version has an expiry date still to come.</source>
        <translation>Rotieren Sie Schlüssel %1, sodass seine neueste Version ein Ablaufdatum in der Zukunft hat.</translation>
    </message>
    <message>
        <source>Key %1: its newest version %2 expires on %3, in %4 days.</source>
        <translation>Schlüssel %1: Seine neueste Version %2 läuft am %3 ab, in %4 Tagen.</translation>
    </message>
    <message>
        <source>Key %1: its newest version %2 expires on %3.</source>
        <translation>Schlüssel %1: seine neueste Version %2 läuft am %3 ab.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; could not be read, so its deletion protection is unknown (%2).</source>
        <translation>Schlüsselspeicher &apos;%1&apos; konnte nicht gelesen werden, daher ist sein Löschschutz unbekannt (%2).</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has soft delete and purge protection on: a deleted key is kept %2 days and cannot be purged before.</source>
        <translation>Speicher &apos;%1&apos; hat vorläufiges Löschen und Löschschutz aktiviert: Ein gelöschter Schlüssel wird %2 Tage aufbewahrt und kann vorher nicht endgültig gelöscht werden.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has soft delete and purge protection off: a deleted key is gone at once, and the data it protects with it.</source>
        <translation>Im Schlüsselspeicher &apos;%1&apos; sind vorläufiges Löschen und Löschschutz deaktiviert: ein gelöschter Schlüssel ist sofort verloren und mit ihm die Daten, die er schützt.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has purge protection off: a deleted key can be purged at once, and the data it protects lost.</source>
        <translation>Beim Schlüsselspeicher &apos;%1&apos; ist der Löschschutz deaktiviert: Ein gelöschter Schlüssel kann sofort endgültig gelöscht werden, und die von ihm geschützten Daten gehen verloren.</translation>
    </message>
    <message>
        <source>Store &apos;%1&apos; has soft delete off: a deleted key cannot be recovered.</source>
        <translation>Beim Speicher &apos;%1&apos; ist vorläufiges Löschen deaktiviert: Ein gelöschter Schlüssel kann nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Turn soft delete and purge protection on for store &apos;%1&apos; (once on, purge protection cannot be turned off).</source>
        <translation>Aktivieren Sie vorläufiges Löschen und Löschschutz für den Schlüsselspeicher &apos;%1&apos; (einmal aktiviert, kann der Löschschutz nicht mehr deaktiviert werden).</translation>
    </message>
    <message>
        <source>Key %1 rotates automatically, %2 after each version is created.</source>
        <translation>Schlüssel %1 rotiert automatisch, %2 nach Erstellung jeder Version.</translation>
    </message>
    <message>
        <source>Key %1 rotates automatically, %2 before each version expires.</source>
        <translation>Schlüssel %1 wird automatisch rotiert, %2 vor dem Ablauf jeder Version.</translation>
    </message>
    <message>
        <source>Key %1 has a rotation policy that never rotates it.</source>
        <translation>Schlüssel %1 hat eine Rotationsrichtlinie, die ihn nie rotiert.</translation>
    </message>
    <message>
        <source>Key %1 has no rotation policy: it rotates only when someone rotates it.</source>
        <translation>Schlüssel %1 hat keine Rotationsrichtlinie: Er wird nur rotiert, wenn jemand ihn rotiert.</translation>
    </message>
    <message>
        <source>Give key %1 a rotation policy that rotates it after creation or before expiry.</source>
        <translation>Geben Sie Schlüssel %1 eine Rotationsrichtlinie, die ihn nach der Erstellung oder vor dem Ablauf rotiert.</translation>
    </message>
    <message>
        <source>Key %1 has no rotation scheduled after creation.</source>
        <translation>Für Schlüssel %1 ist nach der Erstellung keine Rotation geplant.</translation>
    </message>
    <message>
        <source>Key %1 rotates %2 after creation, within %3 days.</source>
        <translation>Schlüssel %1 rotiert %2 nach der Erstellung, innerhalb von %3 Tagen.</translation>
    </message>
    <message>
        <source>Key %1 rotates %2 after creation, later than the %3 days allowed.</source>
        <translation>Schlüssel %1 wird %2 nach der Erstellung rotiert, später als die erlaubten %3 Tage.</translation>
    </message>
    <message>
        <source>Set the rotation policy of key %1 to rotate at most %2 days after creation.</source>
        <translation>Legen Sie die Rotationsrichtlinie von Schlüssel %1 so fest, dass er höchstens %2 Tage nach der Erstellung rotiert wird.</translation>
    </message>
    <message>
        <source>Key %1 is not judged: the settings do not require HSM-backed keys.</source>
        <translation>Schlüssel %1 wird nicht beurteilt: Die Einstellungen verlangen keine HSM-gestützten Schlüssel.</translation>
    </message>
    <message>
        <source>Key %1 (version %2) is held in an HSM.</source>
        <translation>Schlüssel %1 (Version %2) wird in einem HSM gehalten.</translation>
    </message>
    <message>
        <source>Key %1 (version %2) is a software key; the settings require HSM-backed keys.</source>
        <translation>Schlüssel %1 (Version %2) ist ein Softwareschlüssel; die Einstellungen verlangen HSM-gestützte Schlüssel.</translation>
    </message>
    <message>
        <source>Assign the features that use key %1 a key made in an HSM-backed store (Managed HSM or a PKCS#11 token).</source>
        <translation>Weisen Sie den Funktionen, die Schlüssel %1 verwenden, einen Schlüssel zu, der in einem HSM-gestützten Schlüsselspeicher erstellt wurde (Managed HSM oder ein PKCS#11-Token).</translation>
    </message>
    <message>
        <source>Key %1 is AES-%2: Azure Databricks takes only RSA keys as customer-managed keys.</source>
        <translation>Schlüssel %1 ist AES-%2: Azure Databricks akzeptiert nur RSA-Schlüssel als kundenseitig verwaltete Schlüssel.</translation>
    </message>
    <message>
        <source>Assign an RSA key of at least %1 bits instead (RSA or RSA-HSM in Azure Key Vault or Managed HSM).</source>
        <translation>Weisen Sie stattdessen einen RSA-Schlüssel mit mindestens %1 Bit zu (RSA oder RSA-HSM in Azure Key Vault oder Managed HSM).</translation>
    </message>
    <message>
        <source>Key %1 is RSA-%2, smaller than the %3 bits required.</source>
        <translation>Schlüssel %1 ist RSA-%2, kleiner als die erforderlichen %3 Bit.</translation>
    </message>
    <message>
        <source>Assign an RSA key of at least %1 bits instead.</source>
        <translation>Weisen Sie stattdessen einen RSA-Schlüssel mit mindestens %1 Bit zu.</translation>
    </message>
    <message>
        <source>Key %1 is RSA-%2, at least the %3 bits required.</source>
        <translation>Schlüssel %1 ist RSA-%2, mindestens die geforderten %3 Bit.</translation>
    </message>
    <message>
        <source>Rotate %1 of workspace &apos;%2&apos; so that its feature keys are wrapped under a new version of key %3.</source>
        <translation>Rotieren Sie %1 des Arbeitsbereichs &apos;%2&apos;, sodass seine Funktionsschlüssel unter einer neuen Version von Schlüssel %3 umschlossen werden.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: version %3 of key %4 is in use, and its store does not report it: its age is unknown.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Version %3 von Schlüssel %4 wird verwendet, und ihr Speicher meldet sie nicht: Ihr Alter ist unbekannt.</translation>
    </message>
    <message>
        <source>Make store &apos;%1&apos; reachable (or unlock it) and run the report again; if the version is gone, rekey the feature.</source>
        <translation>Machen Sie den Schlüsselspeicher &apos;%1&apos; erreichbar (oder entsperren Sie ihn) und erstellen Sie den Bericht erneut; falls die Version nicht mehr existiert, verschlüsseln Sie die Funktion neu.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: version %3 of key %4 expired on %5 and is still in use.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Version %3 von Schlüssel %4 ist am %5 abgelaufen und wird noch verwendet.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: version %3 of key %4, created on %5, is %6 days old, beyond the %7-day cryptoperiod.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Version %3 von Schlüssel %4, erstellt am %5, ist %6 Tage alt und überschreitet die Kryptoperiode von %7 Tagen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: version %3 of key %4 has no expiry date and the key no rotation policy: its cryptoperiod has no end.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Version %3 von Schlüssel %4 hat kein Ablaufdatum und der Schlüssel keine Rotationsrichtlinie: seine Kryptoperiode hat kein Ende.</translation>
    </message>
    <message>
        <source>Give key %1 an expiry date or a rotation policy within %2 days.</source>
        <translation>Geben Sie Schlüssel %1 ein Ablaufdatum oder eine Rotationsrichtlinie innerhalb von %2 Tagen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: version %3 of key %4 is %5 days old, within the %6-day cryptoperiod; its use ends on %7.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Version %3 von Schlüssel %4 ist %5 Tage alt, innerhalb der Kryptoperiode von %6 Tagen; ihre Nutzung endet am %7.</translation>
    </message>
    <message>
        <source>Rotate %1 of workspace &apos;%2&apos; so that its feature keys are wrapped under the version in effect.</source>
        <translation>Rotieren Sie %1 des Arbeitsbereichs &apos;%2&apos;, damit seine Funktionsschlüssel unter der gültigen Version umschlossen werden.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, and the feature has no key assigned any more.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die aktive Funktionsschlüssel-Generation %3 ist mit Version %4 von Schlüssel %5 umschlossen, und der Funktion ist kein Schlüssel mehr zugewiesen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, replaced by version %6 of key %7.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die aktive Funktionsschlüssel-Generation %3 ist mit Version %4 von Schlüssel %5 umschlossen, die durch Version %6 von Schlüssel %7 ersetzt wurde.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, which its store no longer holds.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: die aktive Funktionsschlüssel-Generation %3 ist unter Version %4 von Schlüssel %5 umschlossen, die sein Schlüsselspeicher nicht mehr enthält.</translation>
    </message>
    <message>
        <source>Recover version %1 of key %2 if the store still can, then rekey %3 of workspace &apos;%4&apos;.</source>
        <translation>Stellen Sie Version %1 von Schlüssel %2 wieder her, sofern der Schlüsselspeicher dies noch kann, und verschlüsseln Sie dann %3 des Arbeitsbereichs &apos;%4&apos; neu.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, whose state its store did not report.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die aktive Funktionsschlüssel-Generation %3 ist mit Version %4 von Schlüssel %5 umschlossen, deren Zustand ihr Speicher nicht gemeldet hat.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, which is disabled.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: die aktive Funktionsschlüssel-Generation %3 ist unter Version %4 von Schlüssel %5 umschlossen, die deaktiviert ist.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, which expired on %6.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die aktive Funktionsschlüssel-Generation %3 ist mit Version %4 von Schlüssel %5 umschlossen, die am %6 abgelaufen ist.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: active feature key generation %3 is wrapped under version %4 of key %5, the version in effect.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die aktive Funktionsschlüssel-Generation %3 ist mit Version %4 von Schlüssel %5 umschlossen, der gültigen Version.</translation>
    </message>
    <message>
        <source>Key %1: version %2 has no expiry date and the key no rotation policy: its usage period is not defined.</source>
        <translation>Schlüssel %1: Version %2 hat kein Ablaufdatum und der Schlüssel keine Rotationsrichtlinie: sein Nutzungszeitraum ist nicht festgelegt.</translation>
    </message>
    <message>
        <source>Key %1, a key-wrapping key: version %2 is used for at most %3 days, within the %4-day cryptoperiod.</source>
        <translation>Schlüssel %1, ein Schlüssel zum Umschließen von Schlüsseln: Version %2 wird höchstens %3 Tage verwendet, innerhalb der Kryptoperiode von %4 Tagen.</translation>
    </message>
    <message>
        <source>Key %1, a key-wrapping key: version %2 may be used for %3 days, longer than the %4-day cryptoperiod.</source>
        <translation>Schlüssel %1, ein Schlüsselumschließungsschlüssel: Version %2 darf %3 Tage verwendet werden, länger als die Kryptoperiode von %4 Tagen.</translation>
    </message>
    <message>
        <source>Give key %1 an expiry date or a rotation policy of at most %2 days.</source>
        <translation>Geben Sie Schlüssel %1 ein Ablaufdatum oder eine Rotationsrichtlinie von höchstens %2 Tagen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is on the Premium plan, which customer-managed keys need.</source>
        <translation>Arbeitsbereich &apos;%1&apos; nutzt den Premium-Tarif, den kundenverwaltete Schlüssel erfordern.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is on the Standard plan: none of its data can be encrypted with a customer-managed key.</source>
        <translation>Arbeitsbereich &apos;%1&apos; nutzt den Standard-Tarif: Keine seiner Daten können mit einem kundenseitig verwalteten Schlüssel verschlüsselt werden.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; is on the Standard plan and has keys assigned (%2): they apply only on Premium.</source>
        <translation>Arbeitsbereich &apos;%1&apos; nutzt den Standard-Tarif und hat zugewiesene Schlüssel (%2): sie gelten nur im Premium-Tarif.</translation>
    </message>
    <message>
        <source>Upgrade workspace &apos;%1&apos; to the Premium plan.</source>
        <translation>Stufen Sie Arbeitsbereich &apos;%1&apos; auf den Premium-Tarif hoch.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: %2 always use platform-managed keys; the platform creates them on the workspace&apos;s behalf and customer-managed keys are not supported.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: %2 verwenden immer plattformseitig verwaltete Schlüssel; die Plattform erstellt sie im Namen des Arbeitsbereichs, und kundenseitig verwaltete Schlüssel werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;: managed-disk key %2 covers the classic compute plane only; serverless compute disks are short-lived and use platform-managed keys.</source>
        <translation>Arbeitsbereich &apos;%1&apos;: der Schlüssel für verwaltete Datenträger %2 deckt nur die klassische Compute-Ebene ab; Serverless-Compute-Datenträger sind kurzlebig und verwenden plattformverwaltete Schlüssel.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; has double encryption of the DBFS root on: a platform-keyed infrastructure layer lies under its data.</source>
        <translation>Beim Arbeitsbereich &apos;%1&apos; ist die doppelte Verschlüsselung des DBFS-Stammverzeichnisses aktiviert: Unter seinen Daten liegt eine Infrastrukturschicht mit Plattformschlüssel.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; has double encryption of the DBFS root off.</source>
        <translation>Beim Arbeitsbereich &apos;%1&apos; ist die doppelte Verschlüsselung des DBFS-Stammverzeichnisses deaktiviert.</translation>
    </message>
    <message>
        <source>Double encryption can only be chosen when a workspace is created: create a new workspace with it on and move the data there.</source>
        <translation>Doppelte Verschlüsselung kann nur beim Erstellen eines Arbeitsbereichs gewählt werden: erstellen Sie einen neuen Arbeitsbereich mit aktivierter Option und verschieben Sie die Daten dorthin.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos; has had no full verification yet.</source>
        <translation>Arbeitsbereich &apos;%1&apos; wurde noch nicht vollständig geprüft.</translation>
    </message>
    <message>
        <source>Run a full verification of workspace &apos;%1&apos;.</source>
        <translation>Führen Sie eine vollständige Prüfung von Arbeitsbereich &apos;%1&apos; aus.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: full verification #%3, finished on %4, found %5 of %6 objects stored in clear.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: die vollständige Prüfung #%3, abgeschlossen am %4, hat %5 von %6 Objekten unverschlüsselt gespeichert gefunden.</translation>
    </message>
    <message>
        <source>Encrypt workspace &apos;%1&apos; to seal the plaintext objects, then verify it again.</source>
        <translation>Verschlüsseln Sie den Arbeitsbereich &apos;%1&apos;, um die Klartextobjekte zu schützen, und prüfen Sie ihn dann erneut.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: full verification #%3, finished on %4, found no plaintext among %5 objects.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die vollständige Prüfung #%3, abgeschlossen am %4, fand unter %5 Objekten keinen Klartext.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: no full verification has finished.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: keine vollständige Prüfung wurde abgeschlossen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: the last full verification, #%3 started on %4, is older than the last %5 on %6.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die letzte vollständige Prüfung, #%3 gestartet am %4, ist älter als die letzte %5 am %6.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: the last full verification, #%3, finished on %4, more than %5 days ago.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die letzte vollständige Prüfung, #%3, wurde am %4 abgeschlossen, vor mehr als %5 Tagen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: full verification #%3, finished on %4, covers the last change.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: die vollständige Prüfung #%3, abgeschlossen am %4, deckt die letzte Änderung ab.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: no feature key is wrapped under version %3 of key %4 since the rotation on %5.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Seit der Rotation am %5 ist kein Funktionsschlüssel mehr mit Version %3 von Schlüssel %4 umschlossen.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: feature key generations %3 are still wrapped under version %4 of key %5; the grace period after the rotation on %6 ends on %7.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: Die Funktionsschlüssel-Generationen %3 sind noch mit Version %4 von Schlüssel %5 umschlossen; die Übergangsfrist nach der Rotation am %6 endet am %7.</translation>
    </message>
    <message>
        <source>Workspace &apos;%1&apos;, %2: feature key generations %3 are still wrapped under version %4 of key %5, more than %6 hours after the rotation on %7 moved off it.</source>
        <translation>Arbeitsbereich &apos;%1&apos;, %2: die Funktionsschlüssel-Generationen %3 sind noch unter Version %4 von Schlüssel %5 umschlossen, mehr als %6 Stunden nachdem die Rotation am %7 sie abgelöst hat.</translation>
    </message>
    <message>
        <source>Run the rotation of %1 in workspace &apos;%2&apos; again so that no feature key is left under version %3, then verify.</source>
        <translation>Führen Sie die Rotation von %1 in Arbeitsbereich &apos;%2&apos; erneut aus, sodass kein Funktionsschlüssel unter Version %3 verbleibt, und prüfen Sie dann.</translation>
    </message>
</context>
<context>
    <name>keyward::model::CellState</name>
    <message>
        <source>Verified</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Plaintext found</source>
        <translation>Klartext gefunden</translation>
    </message>
    <message>
        <source>Verify findings</source>
        <translation>Prüfbefunde</translation>
    </message>
    <message>
        <source>Key disabled or deleted</source>
        <translation>Schlüssel deaktiviert oder gelöscht</translation>
    </message>
    <message>
        <source>Store unreachable</source>
        <translation>Speicher nicht erreichbar</translation>
    </message>
    <message>
        <source>Store locked</source>
        <translation>Speicher gesperrt</translation>
    </message>
    <message>
        <source>Protected by your customer-managed key, and verified since the last change: every object of this type is sealed under its feature&apos;s key.</source>
        <translation>Durch Ihren kundenverwalteten Schlüssel geschützt und seit der letzten Änderung geprüft: Jedes Objekt dieses Typs ist unter dem Schlüssel seiner Funktion versiegelt.</translation>
    </message>
    <message>
        <source>Protected by your customer-managed key, but not verified since the last change (an assignment, a rotation, an encryption or an import): run a verification.</source>
        <translation>Durch Ihren kundenverwalteten Schlüssel geschützt, aber seit der letzten Änderung (einer Zuweisung, Rotation, Verschlüsselung oder einem Import) nicht geprüft: Führen Sie eine Prüfung aus.</translation>
    </message>
    <message>
        <source>The last verification found objects of this type stored in clear although the feature has a customer-managed key: run encryption.</source>
        <translation>Die letzte Prüfung hat Objekte dieses Typs im Klartext gefunden, obwohl die Funktion einen kundenverwalteten Schlüssel hat: Führen Sie die Verschlüsselung aus.</translation>
    </message>
    <message>
        <source>The last verification found objects of this type that are not sealed as they should be (altered, under another key, or under a retired feature key).</source>
        <translation>Die letzte Prüfung hat Objekte dieses Typs gefunden, die nicht wie vorgesehen versiegelt sind (verändert, unter einem anderen Schlüssel oder unter einem außer Dienst gestellten Funktionsschlüssel).</translation>
    </message>
    <message>
        <source>The customer-managed key in effect is disabled, deleted or expired: the data it protects cannot be read until the key is restored.</source>
        <translation>Der wirksame kundenverwaltete Schlüssel ist deaktiviert, gelöscht oder abgelaufen: Die damit geschützten Daten können erst gelesen werden, wenn der Schlüssel wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>The key store that holds the customer-managed key cannot be reached, so its key was not checked.</source>
        <translation>Der Schlüsselspeicher mit dem kundenverwalteten Schlüssel ist nicht erreichbar, daher wurde sein Schlüssel nicht überprüft.</translation>
    </message>
    <message>
        <source>The key store is locked and was not unlocked for this view, so the key&apos;s state was not checked.</source>
        <translation>Der Schlüsselspeicher ist gesperrt und wurde für diese Ansicht nicht entsperrt, daher wurde der Status des Schlüssels nicht überprüft.</translation>
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
    <name>keyward::model::CoverageFacts</name>
    <message>
        <source>enabled and in date</source>
        <translation>aktiviert und gültig</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>not valid yet</source>
        <translation>noch nicht gültig</translation>
    </message>
    <message>
        <source>not found in its store</source>
        <translation>in seinem Speicher nicht gefunden</translation>
    </message>
    <message>
        <source>not checked: the store is unreachable</source>
        <translation>nicht überprüft: der Speicher ist nicht erreichbar</translation>
    </message>
    <message>
        <source>not checked: the store is locked</source>
        <translation>nicht überprüft: der Speicher ist gesperrt</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>key assignment</source>
        <translation>Schlüsselzuweisung</translation>
    </message>
    <message>
        <source>key rotation</source>
        <translation>Schlüsselrotation</translation>
    </message>
    <message>
        <source>encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
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
    <message>
        <source>Customer-managed keys for encryption: the overview&apos;s table of data types</source>
        <translation>Kundenverwaltete Schlüssel für die Verschlüsselung: die Tabelle der Datentypen in der Übersicht</translation>
    </message>
    <message>
        <source>Azure Databricks documentation, Customer-managed keys for managed services (current)</source>
        <translation>Azure Databricks-Dokumentation, Kundenverwaltete Schlüssel für verwaltete Dienste (aktuell)</translation>
    </message>
    <message>
        <source>AI/BI dashboards</source>
        <translation>AI/BI-Dashboards</translation>
    </message>
    <message>
        <source>Dashboards made with AI/BI: their definitions and drafts, kept in the control plane.</source>
        <translation>Mit AI/BI erstellte Dashboards: ihre Definitionen und Entwürfe, in der Steuerungsebene gespeichert.</translation>
    </message>
    <message>
        <source>Vector Search indexes and metadata</source>
        <translation>Vector Search-Indizes und -Metadaten</translation>
    </message>
    <message>
        <source>Vector Search indexes and the metadata that describes them, kept by the platform for the workspace.</source>
        <translation>Vector Search-Indizes und die sie beschreibenden Metadaten, von der Plattform für den Arbeitsbereich gespeichert.</translation>
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
    <name>keyward::model::MatrixCell</name>
    <message>
        <source>Key disabled</source>
        <translation>Schlüssel deaktiviert</translation>
    </message>
    <message>
        <source>Key deleted</source>
        <translation>Schlüssel gelöscht</translation>
    </message>
    <message>
        <source>Key expired</source>
        <translation>Schlüssel abgelaufen</translation>
    </message>
    <message>
        <source>Key not yet valid</source>
        <translation>Schlüssel noch nicht gültig</translation>
    </message>
    <message>
        <source>Key missing</source>
        <translation>Schlüssel fehlt</translation>
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
    <message>
        <source>its newest version</source>
        <translation>seiner neuesten Version</translation>
    </message>
    <message>
        <source>Key %1 follows its newest version (now %2), which is %3.</source>
        <translation>Schlüssel %1 folgt seiner neuesten Version (derzeit %2), die %3 ist.</translation>
    </message>
    <message>
        <source>Key %1, version %2, is %3.</source>
        <translation>Schlüssel %1, Version %2, ist %3.</translation>
    </message>
    <message>
        <source>It expires on %1.</source>
        <translation>Er läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Last change: %1 on %2.</source>
        <translation>Letzte Änderung: %1 am %2.</translation>
    </message>
    <message>
        <source>No full verification has finished yet.</source>
        <translation>Es wurde noch keine vollständige Prüfung abgeschlossen.</translation>
    </message>
    <message>
        <source>The last full verification, started on %1, is older than that change.</source>
        <translation>Die letzte vollständige Prüfung, gestartet am %1, ist älter als diese Änderung.</translation>
    </message>
    <message>
        <source>The last full verification, started on %1, found no object of this type.</source>
        <translation>Die letzte vollständige Prüfung, gestartet am %1, hat kein Objekt dieses Typs gefunden.</translation>
    </message>
    <message>
        <source>The last full verification, started on %1, looked at the objects of this type: %2; in clear: %3; with other findings: %4.</source>
        <translation>Die letzte vollständige Prüfung, gestartet am %1, hat die Objekte dieses Typs untersucht: %2; im Klartext: %3; mit anderen Befunden: %4.</translation>
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
    <name>keyward::report::ReportDocument</name>
    <message>
        <source>No rotations recorded in this scope.</source>
        <translation>In diesem Bereich wurden keine Rotationen aufgezeichnet.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>● rotation   ■ retire, rekey or adopt   hollow: failed</source>
        <translation>● Rotation   ■ außer Dienst stellen, neu verschlüsseln oder übernehmen   hohl: fehlgeschlagen</translation>
    </message>
    <message>
        <source>No key version in use.</source>
        <translation>Keine Schlüsselversion in Verwendung.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>rotate by %n day(s)</source>
        <translation>
            <numerusform>nach %n Tag rotieren</numerusform>
            <numerusform>nach %n Tagen rotieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cryptoperiod %n day(s)</source>
        <translation>
            <numerusform>Kryptoperiode %n Tag</numerusform>
            <numerusform>Kryptoperiode %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>All workspaces (%1)</source>
        <translation>Alle Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <source>Customer-managed key compliance report</source>
        <translation>Compliance-Bericht für kundenverwaltete Schlüssel</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Generator: %1</source>
        <translation>Generator: %1</translation>
    </message>
    <message>
        <source>Report format: keyward-compliance-report, schema version %1</source>
        <translation>Berichtsformat: keyward-compliance-report, Schemaversion %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Score: %1 %</source>
        <translation>Bewertung: %1 %</translation>
    </message>
    <message>
        <source>The score is the share of weighed controls met, each weighted by its severity (critical 10, high 5, medium 3, low 1).</source>
        <translation>Die Bewertung ist der Anteil der erfüllten gewichteten Kontrollen, jeweils gewichtet nach ihrem Schweregrad (kritisch 10, hoch 5, mittel 3, niedrig 1).</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>Failed controls by severity</source>
        <translation>Nicht erfüllte Kontrollen nach Schweregrad</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Rotation history anchor</source>
        <translation>Anker des Rotationsverlaufs</translation>
    </message>
    <message>
        <source>The rotation history is empty.</source>
        <translation>Der Rotationsverlauf ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries; the last is number %1 with hash %2.</source>
        <translation>
            <numerusform>%n Eintrag; der letzte ist Nummer %1 mit Hash %2.</numerusform>
            <numerusform>%n Einträge; der letzte ist Nummer %1 mit Hash %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain verified when this report was made.</source>
        <translation>Die Kette wurde bei der Erstellung dieses Berichts geprüft.</translation>
    </message>
    <message>
        <source>The chain did NOT verify when this report was made: %1</source>
        <translation>Die Kette wurde beim Erstellen dieses Berichts NICHT bestätigt: %1</translation>
    </message>
    <message>
        <source>Coverage matrix</source>
        <translation>Abdeckungsmatrix</translation>
    </message>
    <message>
        <source>Each data type, the feature whose key covers it and what the measurements say. The colours match the console; the state is always written out too.</source>
        <translation>Jeder Datentyp, die Funktion, deren Schlüssel ihn abdeckt, und was die Messungen ergeben. Die Farben entsprechen der Konsole; der Zustand wird immer auch ausgeschrieben.</translation>
    </message>
    <message>
        <source>Workspace %1 (%2 plan)</source>
        <translation>Arbeitsbereich %1 (Tarif %2)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Key inventory</source>
        <translation>Schlüsselinventar</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>newest</source>
        <translation>neueste</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>in Verwendung</translation>
    </message>
    <message>
        <source>HSM</source>
        <translation>HSM</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Age of the key versions in use</source>
        <translation>Alter der verwendeten Schlüsselversionen</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Rotationsverlauf</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Findings by control</source>
        <translation>Befunde nach Kontrolle</translation>
    </message>
    <message>
        <source>%1 %2, severity %3</source>
        <translation>%1 %2, Schweregrad %3</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Evidence appendix</source>
        <translation>Nachweisanhang</translation>
    </message>
    <message>
        <source>What each failed or informational finding rests on: the key version with its dates, and the verification job that measured it.</source>
        <translation>Worauf jeder nicht erfüllte oder informative Befund beruht: die Schlüsselversion mit ihren Daten und der Prüfauftrag, der sie gemessen hat.</translation>
    </message>
    <message>
        <source>key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>erstellt %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message>
        <source>rotated %1</source>
        <translation>rotiert %1</translation>
    </message>
    <message>
        <source>job %1, finished %2</source>
        <translation>Auftrag %1, abgeschlossen %2</translation>
    </message>
    <message>
        <source>No failed or informational findings.</source>
        <translation>Keine nicht erfüllten oder informativen Befunde.</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
</context>
<context>
    <name>keyward::ui::CheckListModel</name>
    <message>
        <source>on Apply</source>
        <translation>beim Anwenden</translation>
    </message>
    <message>
        <source>Runs on Apply, once the key is made: the key does not exist yet.</source>
        <translation>Wird beim Anwenden ausgeführt, sobald der Schlüssel erstellt ist: Der Schlüssel existiert noch nicht.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ComplianceFilterProxy</name>
    <message>
        <source>Failed and information</source>
        <translation>Nicht erfüllt und Information</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht erfüllt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Erfüllt</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht anwendbar</translation>
    </message>
    <message>
        <source>All outcomes</source>
        <translation>Alle Ergebnisse</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ComplianceFindingsModel</name>
    <message>
        <source>CIS</source>
        <translation>CIS</translation>
    </message>
    <message>
        <source>PCI DSS</source>
        <translation>PCI DSS</translation>
    </message>
    <message>
        <source>NIST SP 800-57</source>
        <translation>NIST SP 800-57</translation>
    </message>
    <message>
        <source>Azure Policy</source>
        <translation>Azure Policy</translation>
    </message>
    <message>
        <source>Databricks</source>
        <translation>Databricks</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1
To fix: %2</source>
        <translation>%1
Abhilfe: %2</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
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
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ComplianceView</name>
    <message>
        <source>Generate &amp;report...</source>
        <translation>&amp;Bericht erstellen...</translation>
    </message>
    <message>
        <source>Write a compliance report (PDF, HTML, signed JSON or CSV) of the view&apos;s scope</source>
        <translation>Einen Compliance-Bericht (PDF, HTML, signiertes JSON oder CSV) für den Bereich der Ansicht schreiben</translation>
    </message>
    <message>
        <source>E&amp;xport configuration...</source>
        <translation>Konfiguration e&amp;xportieren...</translation>
    </message>
    <message>
        <source>The selected workspace&apos;s key configuration as Terraform or an ARM template</source>
        <translation>Die Schlüsselkonfiguration des ausgewählten Arbeitsbereichs als Terraform oder ARM-Vorlage</translation>
    </message>
    <message>
        <source>Compliance scope</source>
        <translation>Compliance-Umfang</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>This workspace</source>
        <translation>Dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Weighing the controls</source>
        <translation>Kontrollen werden gewichtet</translation>
    </message>
    <message>
        <source>Compliance score</source>
        <translation>Compliance-Bewertung</translation>
    </message>
    <message>
        <source>Compliance score: not computed yet</source>
        <translation>Compliance-Bewertung: noch nicht berechnet</translation>
    </message>
    <message>
        <source>Failed controls by severity</source>
        <translation>Nicht erfüllte Kontrollen nach Schweregrad</translation>
    </message>
    <message>
        <source>Filter the findings by text</source>
        <translation>Befunde nach Text filtern</translation>
    </message>
    <message>
        <source>Text in any column</source>
        <translation>Text in beliebiger Spalte</translation>
    </message>
    <message>
        <source>Fin&amp;d:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Schweregrad:</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>Alle Schweregrade</translation>
    </message>
    <message>
        <source>Framework filter</source>
        <translation>Framework-Filter</translation>
    </message>
    <message>
        <source>F&amp;ramework:</source>
        <translation>&amp;Rahmenwerk:</translation>
    </message>
    <message>
        <source>All frameworks</source>
        <translation>Alle Frameworks</translation>
    </message>
    <message>
        <source>&amp;Evidence...</source>
        <translation>&amp;Nachweis...</translation>
    </message>
    <message>
        <source>Show the evidence of the selected finding</source>
        <translation>Nachweis des ausgewählten Befunds anzeigen</translation>
    </message>
    <message>
        <source>The control, the finding and what proves it (Enter or double-click does the same)</source>
        <translation>Die Kontrolle, der Befund und dessen Nachweis (Eingabetaste oder Doppelklick bewirken dasselbe)</translation>
    </message>
    <message>
        <source>Compliance findings</source>
        <translation>Compliance-Befunde</translation>
    </message>
    <message>
        <source>One row per control judged for one subject: outcome, severity, control, reference, workspace, feature, subject and summary.</source>
        <translation>Eine Zeile pro Kontrolle, bewertet für ein Subjekt: Ergebnis, Schweregrad, Kontrolle, Referenz, Arbeitsbereich, Funktion, Subjekt und Zusammenfassung.</translation>
    </message>
    <message>
        <source>Double-click a finding, or press Enter, for its evidence</source>
        <translation>Doppelklicken Sie auf einen Befund oder drücken Sie die Eingabetaste, um seinen Nachweis anzuzeigen</translation>
    </message>
    <message>
        <source>every workspace</source>
        <translation>jeder Arbeitsbereich</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Weighing the controls for %1...</source>
        <translation>Kontrollen für %1 werden gewichtet...</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Compliance score: %1</source>
        <translation>Compliance-Bewertung: %1</translation>
    </message>
    <message>
        <source>Nothing to weigh yet: no scored control applies to %1.</source>
        <translation>Noch nichts zu gewichten: keine bewertete Kontrolle gilt für %1.</translation>
    </message>
    <message>
        <source>any workspace</source>
        <translation>beliebiger Arbeitsbereich</translation>
    </message>
    <message>
        <source>this workspace</source>
        <translation>dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>All %1 weighed controls are met.</source>
        <translation>Alle %1 gewichteten Kontrollen sind erfüllt.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 of %2 weighed controls failed: %3</source>
        <translation>%1 von %2 gewichteten Kontrollen nicht erfüllt: %3</translation>
    </message>
    <message>
        <source>All workspaces (%1)</source>
        <translation>Alle Arbeitsbereiche (%1)</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>%1 · information: %2 · not applicable: %3 · weighed %4 UTC · the score counts each control by its severity&apos;s weight</source>
        <translation>%1 · Information: %2 · nicht anwendbar: %3 · gewichtet %4 UTC · die Bewertung zählt jede Kontrolle mit dem Gewicht ihres Schweregrads</translation>
    </message>
    <message>
        <source>Compliance score: not computed</source>
        <translation>Compliance-Bewertung: nicht berechnet</translation>
    </message>
    <message>
        <source>The controls could not be weighed.</source>
        <translation>Die Kontrollen konnten nicht gewichtet werden.</translation>
    </message>
    <message>
        <source>%1 of %2 findings</source>
        <translation>%1 von %2 Befunden</translation>
    </message>
</context>
<context>
    <name>keyward::ui::EvidenceDialog</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Evidence of a compliance finding</source>
        <translation>Nachweis eines Compliance-Befunds</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Nachweis: %1</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Kontrolle</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Kontrolle:</translation>
    </message>
    <message>
        <source>Framework:</source>
        <translation>Framework:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>unknown control</source>
        <translation>unbekannte Kontrolle</translation>
    </message>
    <message>
        <source>Rationale:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>Schweregrad:</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Arbeitsbereich:</translation>
    </message>
    <message>
        <source>none: the finding is about a key or store</source>
        <translation>keiner: der Befund betrifft einen Schlüssel oder Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Feature:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Data types:</source>
        <translation>Datentypen:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Gegenstand:</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Remediation:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>none needed</source>
        <translation>keiner erforderlich</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Key id:</source>
        <translation>Schlüssel-ID:</translation>
    </message>
    <message>
        <source>Store, key and version:</source>
        <translation>Schlüsselspeicher, Schlüssel und Version:</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>(newest)</source>
        <translation>(neueste)</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Läuft ab:</translation>
    </message>
    <message>
        <source>never: no expiry date</source>
        <translation>nie: kein Ablaufdatum</translation>
    </message>
    <message>
        <source>Rotated:</source>
        <translation>Rotiert:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Auftrag:</translation>
    </message>
    <message>
        <source>job %1, finished %2</source>
        <translation>Auftrag %1, abgeschlossen %2</translation>
    </message>
    <message>
        <source>none: no job measured it</source>
        <translation>keiner: kein Auftrag hat es gemessen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Values:</source>
        <translation>Werte:</translation>
    </message>
    <message>
        <source>Evidence details</source>
        <translation>Nachweisdetails</translation>
    </message>
    <message>
        <source>Close the evidence</source>
        <translation>Nachweis schließen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the evidence as text</source>
        <translation>Den Nachweis als Text kopieren</translation>
    </message>
    <message>
        <source>Copy every field above as plain text, for a ticket or an audit note</source>
        <translation>Alle obigen Felder als reinen Text kopieren, für ein Ticket oder eine Prüfnotiz</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ExportConfigDialog</name>
    <message>
        <source>Export the key configuration</source>
        <translation>Schlüsselkonfiguration exportieren</translation>
    </message>
    <message>
        <source>Export configuration: %1</source>
        <translation>Konfiguration exportieren: %1</translation>
    </message>
    <message>
        <source>The customer-managed key configuration of workspace %1, to apply with your infrastructure as code. Keys held outside Azure appear as placeholders to bring to Key Vault first; no key material is ever written.</source>
        <translation>Die Konfiguration der kundenseitig verwalteten Schlüssel von Arbeitsbereich %1, zur Anwendung mit Ihrer Infrastructure as Code. Außerhalb von Azure gehaltene Schlüssel erscheinen als Platzhalter, die zuerst in Key Vault übertragen werden müssen; Schlüsselmaterial wird niemals geschrieben.</translation>
    </message>
    <message>
        <source>Configuration format</source>
        <translation>Konfigurationsformat</translation>
    </message>
    <message>
        <source>Terraform (azurerm provider)</source>
        <translation>Terraform (azurerm-Provider)</translation>
    </message>
    <message>
        <source>ARM template (JSON)</source>
        <translation>ARM-Vorlage (JSON)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Configuration preview</source>
        <translation>Konfigurationsvorschau</translation>
    </message>
    <message>
        <source>Reading the workspace&apos;s keys...</source>
        <translation>Schlüssel des Arbeitsbereichs werden gelesen...</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>Save the configuration to a file</source>
        <translation>Die Konfiguration in einer Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the configuration</source>
        <translation>Konfiguration kopieren</translation>
    </message>
    <message>
        <source>Close the export</source>
        <translation>Export schließen</translation>
    </message>
    <message>
        <source>Nothing to export: %1</source>
        <translation>Nichts zu exportieren: %1</translation>
    </message>
    <message>
        <source>Azure would refuse this configuration; see above.</source>
        <translation>Azure würde diese Konfiguration ablehnen; siehe oben.</translation>
    </message>
    <message>
        <source>Terraform files (*.tf)</source>
        <translation>Terraform-Dateien (*.tf)</translation>
    </message>
    <message>
        <source>ARM templates (*.json)</source>
        <translation>ARM-Vorlagen (*.json)</translation>
    </message>
    <message>
        <source>Save the configuration</source>
        <translation>Konfiguration speichern</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::FindingDialog</name>
    <message>
        <source>control plane</source>
        <translation>Steuerungsebene</translation>
    </message>
    <message>
        <source>workspace root storage (DBFS root)</source>
        <translation>Stammspeicher des Arbeitsbereichs (DBFS-Stamm)</translation>
    </message>
    <message>
        <source>managed disks of classic compute</source>
        <translation>verwaltete Datenträger von klassischem Compute</translation>
    </message>
    <message>
        <source>serverless compute</source>
        <translation>Serverless Compute</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>Finding:</source>
        <translation>Befund:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Detail:</source>
        <translation>Detail:</translation>
    </message>
    <message>
        <source>Object:</source>
        <translation>Objekt:</translation>
    </message>
    <message>
        <source>(the workspace as a whole)</source>
        <translation>(der Arbeitsbereich als Ganzes)</translation>
    </message>
    <message>
        <source>none: the object lies outside every data type&apos;s folder, so no key covers it</source>
        <translation>keiner: Das Objekt liegt außerhalb jedes Datentyp-Ordners, daher deckt es kein Schlüssel ab</translation>
    </message>
    <message>
        <source>%1: no customer key can apply</source>
        <translation>%1: kein Kundenschlüssel anwendbar</translation>
    </message>
    <message>
        <source>in %1, folder %2</source>
        <translation>in %1, Ordner %2</translation>
    </message>
    <message>
        <source>Data type:</source>
        <translation>Datentyp:</translation>
    </message>
    <message>
        <source>Key feature:</source>
        <translation>Schlüsselfunktion:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>none named: the finding is about the object as a whole</source>
        <translation>keines angegeben: Der Befund betrifft das Objekt als Ganzes</translation>
    </message>
    <message>
        <source>segment %1 (counted from 0)</source>
        <translation>Segment %1 (ab 0 gezählt)</translation>
    </message>
    <message>
        <source>plaintext bytes %1 to %2 (segments of %3)</source>
        <translation>Klartext-Bytes %1 bis %2 (Segmente zu %3)</translation>
    </message>
    <message numerus="yes">
        <source>the object has %n segment(s)</source>
        <translation>
            <numerusform>das Objekt hat %n Segment</numerusform>
            <numerusform>das Objekt hat %n Segmente</numerusform>
        </translation>
    </message>
    <message>
        <source>stored at bytes %1 to %2 of the object (ciphertext and tag)</source>
        <translation>gespeichert in den Bytes %1 bis %2 des Objekts (Chiffretext und Tag)</translation>
    </message>
    <message>
        <source>Segment:</source>
        <translation>Segment:</translation>
    </message>
    <message>
        <source>Where:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Store:</source>
        <translation>Speicher:</translation>
    </message>
    <message>
        <source>Close the finding&apos;s details</source>
        <translation>Details des Befunds schließen</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder that holds the object</source>
        <translation>Den Ordner öffnen, der das Objekt enthält</translation>
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
    <message>
        <source>Entry %1: the hash chain breaks here</source>
        <translation>Eintrag %1: Die Hash-Kette bricht hier ab</translation>
    </message>
    <message>
        <source>%1 (chain broken here)</source>
        <translation>%1 (Kette hier unterbrochen)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::HistoryView</name>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Workspace filter</source>
        <translation>Arbeitsbereichsfilter</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Key filter</source>
        <translation>Schlüsselfilter</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>Feature filter</source>
        <translation>Funktionsfilter</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Zeitraumfilter</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>All features</source>
        <translation>Alle Funktionen</translation>
    </message>
    <message>
        <source>&amp;Show the entry</source>
        <translation>Eintrag an&amp;zeigen</translation>
    </message>
    <message>
        <source>Show the entry where the chain breaks</source>
        <translation>Den Eintrag anzeigen, an dem die Kette bricht</translation>
    </message>
    <message>
        <source>Rotation history</source>
        <translation>Rotationsverlauf</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>All keys</source>
        <translation>Alle Schlüssel</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %n entries, each sealed by the hash of the one before.</source>
        <translation>
            <numerusform>Kette intakt: %n Eintrag, jeweils durch den Hash des vorherigen versiegelt.</numerusform>
            <numerusform>Kette intakt: %n Einträge, jeweils durch den Hash des vorherigen versiegelt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry %1 (%2 UTC, %3 of %4 in %5): %6</source>
        <translation>Kette unterbrochen bei Eintrag %1 (%2 UTC, %3 von %4 in %5): %6</translation>
    </message>
    <message>
        <source>Chain broken at entry %1: %2</source>
        <translation>Kette unterbrochen bei Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ImportDialog</name>
    <message>
        <source>Import folder into %1</source>
        <translation>Ordner in %1 importieren</translation>
    </message>
    <message>
        <source>Folder to import</source>
        <translation>Zu importierender Ordner</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>DBFS root (workspace storage account)</source>
        <translation>DBFS-Root (Speicherkonto des Arbeitsbereichs)</translation>
    </message>
    <message>
        <source>Control plane (managed services)</source>
        <translation>Steuerungsebene (verwaltete Dienste)</translation>
    </message>
    <message>
        <source>Data type</source>
        <translation>Datentyp</translation>
    </message>
    <message>
        <source>&amp;Replace objects that exist with other content</source>
        <translation>Vorhandene Objekte mit anderem Inhalt &amp;ersetzen</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;Area:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <source>&amp;Data type:</source>
        <translation>&amp;Datentyp:</translation>
    </message>
    <message>
        <source>Goes to:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Files are copied, each whole or not at all; they stay plaintext until you encrypt.</source>
        <translation>Dateien werden jeweils vollständig oder gar nicht kopiert; sie bleiben unverschlüsselt, bis Sie sie verschlüsseln.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>keyward::ui::JobProgressPanel</name>
    <message>
        <source>Running job</source>
        <translation>Laufender Auftrag</translation>
    </message>
    <message>
        <source>Progress of the running job</source>
        <translation>Fortschritt des laufenden Auftrags</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Pause the running job</source>
        <translation>Den laufenden Auftrag pausieren</translation>
    </message>
    <message>
        <source>Stop after the objects in flight, and go on later from there</source>
        <translation>Nach den gerade bearbeiteten Objekten anhalten und später von dort aus fortfahren</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Den laufenden Auftrag abbrechen</translation>
    </message>
    <message>
        <source>Stop after the objects in flight; what is done stays done and the next job of this kind carries on</source>
        <translation>Nach den gerade bearbeiteten Objekten anhalten; Erledigtes bleibt erledigt, und der nächste Auftrag dieser Art setzt die Arbeit fort</translation>
    </message>
    <message>
        <source>No job running</source>
        <translation>Kein Auftrag aktiv</translation>
    </message>
    <message>
        <source>Encrypt, verify or rotate from the Workspace menu or the toolbar; the job shows here.</source>
        <translation>Verschlüsseln, prüfen oder rotieren Sie über das Menü „Arbeitsbereich“ oder die Symbolleiste; der Auftrag wird hier angezeigt.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Last job: %1</source>
        <translation>Letzter Auftrag: %1</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Paused after the objects in flight</source>
        <translation>Nach den gerade bearbeiteten Objekten pausiert</translation>
    </message>
    <message>
        <source>Cancelling after the objects in flight...</source>
        <translation>Abbruch nach den gerade bearbeiteten Objekten...</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the paused job</source>
        <translation>Den pausierten Auftrag fortsetzen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::JobsModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
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
        <source>Its process ended while it ran. Resume starts a %1 job on the workspace, which carries on from where this one stopped.</source>
        <translation>Sein Prozess wurde während der Ausführung beendet. „Wiederaufnehmen“ startet einen %1-Auftrag für den Arbeitsbereich, der dort weitermacht, wo dieser angehalten hat.</translation>
    </message>
    <message>
        <source>Its process ended while it ran; a later %1 job carried on from where it stopped.</source>
        <translation>Sein Prozess wurde während der Ausführung beendet; ein späterer %1-Auftrag hat dort weitergemacht, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
</context>
<context>
    <name>keyward::ui::JobsView</name>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Wiederaufnehmen</translation>
    </message>
    <message>
        <source>Resume the interrupted job</source>
        <translation>Den unterbrochenen Auftrag wiederaufnehmen</translation>
    </message>
    <message>
        <source>Jobs of the workspace</source>
        <translation>Aufträge des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Details...</source>
        <translation>&amp;Details...</translation>
    </message>
    <message>
        <source>Details of the selected finding</source>
        <translation>Details zum ausgewählten Befund</translation>
    </message>
    <message>
        <source>&amp;Export CSV...</source>
        <translation>Als CSV &amp;exportieren...</translation>
    </message>
    <message>
        <source>Export the findings as CSV</source>
        <translation>Die Befunde als CSV exportieren</translation>
    </message>
    <message>
        <source>Findings of the selected job</source>
        <translation>Befunde des ausgewählten Auftrags</translation>
    </message>
    <message>
        <source>Double-click a finding, or press Enter, for its object and segment</source>
        <translation>Doppelklicken Sie auf einen Befund oder drücken Sie die Eingabetaste, um Objekt und Segment anzuzeigen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Findings of job %1 (%2, %3): %4</source>
        <translation>Befunde von Auftrag %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>Job %1 (%2) stopped when its process ended, on %3; what it had done is kept.</source>
        <translation>Auftrag %1 (%2) wurde am %3 mit dem Ende seines Prozesses angehalten; das bereits Erledigte bleibt erhalten.</translation>
    </message>
    <message>
        <source>Resume carries on from there.</source>
        <translation>„Wiederaufnehmen“ setzt die Arbeit von dort fort.</translation>
    </message>
    <message>
        <source>Run &apos;keywardctl %1&apos; again on the workspace to carry on from there.</source>
        <translation>Führen Sie &apos;keywardctl %1&apos; erneut für den Arbeitsbereich aus, um von dort fortzufahren.</translation>
    </message>
    <message>
        <source>Export findings as CSV</source>
        <translation>Befunde als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The findings were not exported.</source>
        <translation>Die Befunde wurden nicht exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) written to %1</source>
        <translation>
            <numerusform>%n Befund in %1 geschrieben</numerusform>
            <numerusform>%n Befunde in %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>Export of the findings</source>
        <translation>Export der Befunde</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizard</name>
    <message>
        <source>Create a key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Assign a key</source>
        <translation>Schlüssel zuweisen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardParametersPage</name>
    <message>
        <source>Key parameters</source>
        <translation>Schlüsselparameter</translation>
    </message>
    <message>
        <source>The kind of key the store makes, when it expires, and how often it is rotated.</source>
        <translation>Die Art des Schlüssels, den der Speicher erzeugt, wann er abläuft und wie oft er rotiert wird.</translation>
    </message>
    <message>
        <source>Key type and size</source>
        <translation>Schlüsseltyp und -größe</translation>
    </message>
    <message>
        <source>&amp;Type and size:</source>
        <translation>&amp;Typ und Größe:</translation>
    </message>
    <message>
        <source>&amp;Expires on</source>
        <translation>&amp;Läuft ab am</translation>
    </message>
    <message>
        <source>The key expires on a date</source>
        <translation>Der Schlüssel läuft an einem Datum ab</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>Expiry:</source>
        <translation>Ablauf:</translation>
    </message>
    <message>
        <source>Rotation policy</source>
        <translation>Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>&amp;Rotation:</source>
        <translation>&amp;Rotation:</translation>
    </message>
    <message>
        <source>The first version expires on %1.</source>
        <translation>Die erste Version läuft am %1 ab.</translation>
    </message>
    <message>
        <source>The first version does not expire.</source>
        <translation>Die erste Version läuft nicht ab.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardPreflightPage</name>
    <message>
        <source>Pre-flight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>What a customer-managed key needs before it protects a workspace, checked for each feature.</source>
        <translation>Was ein kundenverwalteter Schlüssel benötigt, bevor er einen Arbeitsbereich schützt, geprüft für jede Funktion.</translation>
    </message>
    <message>
        <source>Pre-flight check list</source>
        <translation>Liste der Vorabprüfungen</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Run the checks again</source>
        <translation>Die Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is made only when you apply. Until then the checks that need the key itself wait; the others judge the key as it will be made.</source>
        <translation>Der Schlüssel &apos;%1&apos; wird erst beim Anwenden erstellt. Bis dahin warten die Prüfungen, die den Schlüssel selbst benötigen; die übrigen beurteilen den Schlüssel so, wie er erstellt wird.</translation>
    </message>
    <message>
        <source>Every check runs on the newest version of key &apos;%1&apos;.</source>
        <translation>Jede Prüfung läuft auf der neuesten Version des Schlüssels &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Prüfung läuft...</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The checks could not run: %1</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Not every check passed: do what the list above says, then check again. The key is assigned only when nothing fails.</source>
        <translation>Nicht alle Prüfungen waren erfolgreich: Folgen Sie den Hinweisen in der Liste oben und prüfen Sie dann erneut. Der Schlüssel wird erst zugewiesen, wenn nichts fehlschlägt.</translation>
    </message>
    <message>
        <source>The checks passed, with warnings: read them before you go on.</source>
        <translation>Die Prüfungen waren erfolgreich, mit Warnungen: Lesen Sie diese, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Every check that can run before the key exists passed; the other two run on Apply.</source>
        <translation>Alle Prüfungen, die vor dem Erstellen des Schlüssels laufen können, waren erfolgreich; die beiden anderen laufen beim Anwenden.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen waren erfolgreich.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardResultPage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Encrypt the workspace now</source>
        <translation>Arbeitsbereich jetzt &amp;verschlüsseln</translation>
    </message>
    <message>
        <source>Encrypt the workspace now</source>
        <translation>Arbeitsbereich jetzt verschlüsseln</translation>
    </message>
    <message>
        <source>Runs the encrypt job when the wizard closes: every plaintext object of a feature that has a key is sealed; progress shows in the status bar</source>
        <translation>Führt den Verschlüsselungsauftrag aus, wenn der Assistent geschlossen wird: Jedes unverschlüsselte Objekt einer Funktion mit Schlüssel wird versiegelt; der Fortschritt erscheint in der Statusleiste</translation>
    </message>
    <message>
        <source>The job runs in the background when the wizard closes; its progress shows in the status bar and its outcome in the Jobs view.</source>
        <translation>Der Auftrag läuft im Hintergrund, wenn der Assistent geschlossen wird; sein Fortschritt erscheint in der Statusleiste und sein Ergebnis in der Ansicht „Aufträge“.</translation>
    </message>
    <message>
        <source>Created key &apos;%1&apos; in store &apos;%2&apos; (version %3).</source>
        <translation>Schlüssel &apos;%1&apos; im Speicher &apos;%2&apos; erstellt (Version %3).</translation>
    </message>
    <message>
        <source>Rotation policy set: %1.</source>
        <translation>Rotationsrichtlinie festgelegt: %1.</translation>
    </message>
    <message>
        <source>%1 of workspace &apos;%2&apos; now follows the newest version of %3.</source>
        <translation>%1 des Arbeitsbereichs &apos;%2&apos; folgt nun der neuesten Version von %3.</translation>
    </message>
    <message>
        <source>%1 of workspace &apos;%2&apos; now uses %3.</source>
        <translation>%1 des Arbeitsbereichs &apos;%2&apos; verwendet nun %3.</translation>
    </message>
    <message>
        <source>Data encrypted before (%1) stays under the former key until the next rotation (Rotate now) wraps its feature keys under this one.</source>
        <translation>Zuvor verschlüsselte Daten (%1) bleiben unter dem bisherigen Schlüssel, bis die nächste Rotation („Jetzt rotieren“) ihre Funktionsschlüssel mit diesem umhüllt.</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2</source>
        <translation>%1 wurde nicht zugewiesen: %2</translation>
    </message>
    <message>
        <source>The key is in place.</source>
        <translation>Der Schlüssel ist eingerichtet.</translation>
    </message>
    <message>
        <source>Apply did part of the work.</source>
        <translation>Anwenden wurde nur teilweise ausgeführt.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardStorePage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Key store and key</source>
        <translation>Schlüsselspeicher und Schlüssel</translation>
    </message>
    <message>
        <source>Choose where the key lives, and whether to create a new key or use one the store holds.</source>
        <translation>Wählen Sie, wo der Schlüssel liegt und ob ein neuer Schlüssel erstellt oder ein vorhandener aus dem Speicher verwendet werden soll.</translation>
    </message>
    <message>
        <source>&amp;Key store:</source>
        <translation>&amp;Schlüsselspeicher:</translation>
    </message>
    <message>
        <source>Key store</source>
        <translation>Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Add a local &amp;vault...</source>
        <translation>Lokalen &amp;Tresor hinzufügen...</translation>
    </message>
    <message>
        <source>Add a local vault</source>
        <translation>Lokalen Tresor hinzufügen</translation>
    </message>
    <message>
        <source>A new vault file in the data directory, its master key in the OS keychain, with soft delete and purge protection on</source>
        <translation>Eine neue Tresordatei im Datenverzeichnis, ihr Hauptschlüssel im Schlüsselbund des Betriebssystems, mit aktiviertem vorläufigem Löschen und Löschschutz</translation>
    </message>
    <message>
        <source>Create a &amp;new key</source>
        <translation>&amp;Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Create a new key</source>
        <translation>Neuen Schlüssel erstellen</translation>
    </message>
    <message>
        <source>Use an &amp;existing key</source>
        <translation>&amp;Vorhandenen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>Use an existing key</source>
        <translation>Vorhandenen Schlüssel verwenden</translation>
    </message>
    <message>
        <source>New key name</source>
        <translation>Name des neuen Schlüssels</translation>
    </message>
    <message>
        <source>e.g. workspace-cmk</source>
        <translation>z. B. workspace-cmk</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ame:</translation>
    </message>
    <message>
        <source>Keys in the store</source>
        <translation>Schlüssel im Speicher</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Newest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>The store&apos;s keys are listed when you choose to use one; opening the store may ask for its passphrase or PIN.</source>
        <translation>Die Schlüssel des Speichers werden aufgelistet, wenn Sie einen vorhandenen verwenden möchten; beim Öffnen des Speichers werden eventuell seine Passphrase oder PIN abgefragt.</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>The store holds no keys yet: create a new one.</source>
        <translation>Der Speicher enthält noch keine Schlüssel: Erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>The newest version of the key is assigned; the check list tells whether it can protect the workspace.</source>
        <translation>Die neueste Version des Schlüssels wird zugewiesen; die Prüfliste zeigt, ob sie den Arbeitsbereich schützen kann.</translation>
    </message>
    <message>
        <source>Name of the new vault (letters, digits or dashes):</source>
        <translation>Name des neuen Tresors (Buchstaben, Ziffern oder Bindestriche):</translation>
    </message>
    <message>
        <source>There is no key store yet: add a local vault, or add a PKCS#11 token, an Azure Key Vault or a Managed HSM with &apos;keywardctl store add&apos;.</source>
        <translation>Es gibt noch keinen Schlüsselspeicher: Legen Sie einen lokalen Tresor an, oder fügen Sie ein PKCS#11-Token, einen Azure Key Vault oder ein Managed HSM mit &apos;keywardctl store add&apos; hinzu.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardSummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Apply does the following. Each assignment runs the whole check list again first.</source>
        <translation>Anwenden führt Folgendes aus. Jede Zuweisung führt zuvor erneut die gesamte Prüfliste aus.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Create key &apos;%1&apos; in store &apos;%2&apos;: %3.</source>
        <translation>Schlüssel &apos;%1&apos; im Speicher &apos;%2&apos; erstellen: %3.</translation>
    </message>
    <message>
        <source>Its first version expires on %1.</source>
        <translation>Seine erste Version läuft am %1 ab.</translation>
    </message>
    <message>
        <source>Its first version does not expire.</source>
        <translation>Seine erste Version läuft nicht ab.</translation>
    </message>
    <message>
        <source>Rotation: %1. %2</source>
        <translation>Rotation: %1. %2</translation>
    </message>
    <message>
        <source>Use key &apos;%1&apos; of store &apos;%2&apos;, its newest version.</source>
        <translation>Schlüssel &apos;%1&apos; des Speichers &apos;%2&apos; verwenden, in seiner neuesten Version.</translation>
    </message>
    <message>
        <source>Assign it to %1 of workspace &apos;%2&apos;, following its newest version.</source>
        <translation>Ihn %1 des Arbeitsbereichs &apos;%2&apos; zuweisen, der neuesten Version folgend.</translation>
    </message>
    <message>
        <source>Assign its newest version to %1 of workspace &apos;%2&apos;.</source>
        <translation>Seine neueste Version %1 des Arbeitsbereichs &apos;%2&apos; zuweisen.</translation>
    </message>
    <message>
        <source>It replaces %1.</source>
        <translation>Er ersetzt %1.</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Es wurde nichts geändert: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeyWizardWorkspacePage</name>
    <message>
        <source>Control plane: notebooks, secrets, SQL queries and their history</source>
        <translation>Steuerungsebene: Notebooks, Geheimnisse, SQL-Abfragen und deren Verlauf</translation>
    </message>
    <message>
        <source>Workspace root storage: DBFS root, job and SQL results, MLflow models</source>
        <translation>Stammspeicher des Arbeitsbereichs: DBFS-Root, Auftrags- und SQL-Ergebnisse, MLflow-Modelle</translation>
    </message>
    <message>
        <source>Compute plane: the temporary disks of classic compute</source>
        <translation>Compute-Ebene: die temporären Datenträger des klassischen Computes</translation>
    </message>
    <message>
        <source>Workspace and features</source>
        <translation>Arbeitsbereich und Funktionen</translation>
    </message>
    <message>
        <source>Choose the workspace and the features whose data the key will protect.</source>
        <translation>Wählen Sie den Arbeitsbereich und die Funktionen, deren Daten der Schlüssel schützen soll.</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Tarif:</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Funktionen</translation>
    </message>
    <message>
        <source>There is no workspace yet: create one first (Workspace &gt; New Workspace).</source>
        <translation>Es gibt noch keinen Arbeitsbereich: Erstellen Sie zuerst einen (Arbeitsbereich &gt; Neuer Arbeitsbereich).</translation>
    </message>
    <message>
        <source>Now: no customer-managed key</source>
        <translation>Aktuell: kein kundenverwalteter Schlüssel</translation>
    </message>
    <message>
        <source>Now: %1, following its newest version</source>
        <translation>Aktuell: %1, der neuesten Version folgend</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Aktuell: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeysModel</name>
    <message>
        <source>Local vault</source>
        <translation>Lokaler Tresor</translation>
    </message>
    <message>
        <source>PKCS#11 token</source>
        <translation>PKCS#11-Token</translation>
    </message>
    <message>
        <source>expired %1</source>
        <translation>abgelaufen %1</translation>
    </message>
    <message numerus="yes">
        <source>expires in %n days</source>
        <translation>
            <numerusform>läuft in %n Tag ab</numerusform>
            <numerusform>läuft in %n Tagen ab</numerusform>
        </translation>
    </message>
    <message>
        <source>not valid before %1</source>
        <translation>nicht gültig vor %1</translation>
    </message>
    <message>
        <source>rotation due since %1</source>
        <translation>Rotation fällig seit %1</translation>
    </message>
    <message numerus="yes">
        <source>rotation due in %n days</source>
        <translation>
            <numerusform>Rotation fällig in %n Tag</numerusform>
            <numerusform>Rotation fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned, active</source>
        <translation>zugewiesen, aktiv</translation>
    </message>
    <message>
        <source>active feature key</source>
        <translation>aktiver Funktionsschlüssel</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>retired feature key</source>
        <translation>außer Dienst gestellter Funktionsschlüssel</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>Unlocked: %n keys</source>
        <translation>
            <numerusform>Entsperrt: %n Schlüssel</numerusform>
            <numerusform>Entsperrt: %n Schlüssel</numerusform>
        </translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Deleted; recoverable until %1</source>
        <translation>Gelöscht; wiederherstellbar bis %1</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>next %1</source>
        <translation>nächste %1</translation>
    </message>
    <message>
        <source>No policy</source>
        <translation>Keine Richtlinie</translation>
    </message>
    <message>
        <source>Every %1; next %2</source>
        <translation>Alle %1; nächste %2</translation>
    </message>
    <message>
        <source>%1 (newest)</source>
        <translation>%1 (neueste)</translation>
    </message>
    <message>
        <source>Store, key, version</source>
        <translation>Speicher, Schlüssel, Version</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Rotation policy</source>
        <translation>Rotationsrichtlinie</translation>
    </message>
    <message>
        <source>HSM-backed</source>
        <translation>HSM-gestützt</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Azure Key Vault</source>
        <translation>Azure Key Vault</translation>
    </message>
    <message>
        <source>Azure Managed HSM</source>
        <translation>Azure Managed HSM</translation>
    </message>
</context>
<context>
    <name>keyward::ui::KeysView</name>
    <message>
        <source>&amp;Unlock stores...</source>
        <translation>Speicher &amp;entsperren...</translation>
    </message>
    <message>
        <source>Open the locked stores, asking for their passphrase or PIN</source>
        <translation>Die gesperrten Speicher öffnen und dabei nach Passphrase oder PIN fragen</translation>
    </message>
    <message>
        <source>&amp;Rotate key now...</source>
        <translation>Schlüssel jetzt &amp;rotieren...</translation>
    </message>
    <message>
        <source>A new version of the selected key for every workspace feature that uses it</source>
        <translation>Eine neue Version des ausgewählten Schlüssels für jede Arbeitsbereichsfunktion, die ihn verwendet</translation>
    </message>
    <message>
        <source>Keys of every store</source>
        <translation>Schlüssel aller Speicher</translation>
    </message>
    <message>
        <source>Each store, its keys and each key&apos;s versions, newest first; select a version to see where it is used.</source>
        <translation>Jeder Speicher, seine Schlüssel und die Versionen jedes Schlüssels, neueste zuerst; wählen Sie eine Version aus, um zu sehen, wo sie verwendet wird.</translation>
    </message>
    <message>
        <source>Where the selected version is used</source>
        <translation>Wo die ausgewählte Version verwendet wird</translation>
    </message>
    <message>
        <source>&amp;Enable version</source>
        <translation>Version &amp;aktivieren</translation>
    </message>
    <message>
        <source>Let the selected version wrap and unwrap again</source>
        <translation>Die ausgewählte Version wieder ver- und entpacken lassen</translation>
    </message>
    <message>
        <source>&amp;Disable version...</source>
        <translation>Version &amp;deaktivieren...</translation>
    </message>
    <message>
        <source>Stop the selected version wrapping and unwrapping; what it protects becomes unreadable</source>
        <translation>Die ausgewählte Version nicht mehr ver- und entpacken lassen; was sie schützt, wird unlesbar</translation>
    </message>
    <message>
        <source>De&amp;lete key...</source>
        <translation>Schlüssel &amp;löschen...</translation>
    </message>
    <message>
        <source>Soft-delete the key: kept for the store&apos;s retention period, and recoverable until then</source>
        <translation>Den Schlüssel vorläufig löschen: Er wird für die Aufbewahrungsfrist des Speichers behalten und ist bis dahin wiederherstellbar</translation>
    </message>
    <message>
        <source>Re&amp;cover key</source>
        <translation>Schlüssel &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Bring a soft-deleted key back, with all its versions</source>
        <translation>Einen vorläufig gelöschten Schlüssel mit allen Versionen zurückholen</translation>
    </message>
    <message numerus="yes">
        <source>%n key stores</source>
        <translation>
            <numerusform>%n Schlüsselspeicher</numerusform>
            <numerusform>%n Schlüsselspeicher</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n keys</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n need attention</source>
        <translation>
            <numerusform>%n erfordert Aufmerksamkeit</numerusform>
            <numerusform>%n erfordern Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n locked</source>
        <translation>
            <numerusform>%n gesperrt</numerusform>
            <numerusform>%n gesperrt</numerusform>
        </translation>
    </message>
    <message>
        <source>No key stores yet: the key wizard creates one, or run &apos;keywardctl store add local NAME&apos;.</source>
        <translation>Noch keine Schlüsselspeicher: Der Schlüssel-Assistent erstellt einen, oder führen Sie &apos;keywardctl store add local NAME&apos; aus.</translation>
    </message>
    <message>
        <source>Select a key or a version to see where it is used.</source>
        <translation>Wählen Sie einen Schlüssel oder eine Version aus, um zu sehen, wo sie verwendet werden.</translation>
    </message>
    <message>
        <source>Where version %1 of %2 (store %3) is used</source>
        <translation>Wo Version %1 von %2 (Speicher %3) verwendet wird</translation>
    </message>
    <message>
        <source>Nothing depends on this version: it can be disabled or deleted without making data unreadable.</source>
        <translation>Nichts hängt von dieser Version ab: Sie kann deaktiviert oder gelöscht werden, ohne Daten unlesbar zu machen.</translation>
    </message>
    <message>
        <source>Counting the objects that depend on it...</source>
        <translation>Die davon abhängigen Objekte werden gezählt...</translation>
    </message>
    <message numerus="yes">
        <source>Blast radius: disabling or deleting this version leaves %n objects unreadable (%1) until it is enabled or recovered again.</source>
        <translation>
            <numerusform>Auswirkungsbereich: Das Deaktivieren oder Löschen dieser Version macht %n Objekt unlesbar (%1), bis sie wieder aktiviert oder wiederhergestellt wird.</numerusform>
            <numerusform>Auswirkungsbereich: Das Deaktivieren oder Löschen dieser Version macht %n Objekte unlesbar (%1), bis sie wieder aktiviert oder wiederhergestellt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active feature key is wrapped under this version: disabling it makes no object unreadable.</source>
        <translation>Kein aktiver Funktionsschlüssel ist mit dieser Version verpackt: Ihre Deaktivierung macht kein Objekt unlesbar.</translation>
    </message>
    <message>
        <source>Disable version %1 of %2?</source>
        <translation>Version %1 von %2 deaktivieren?</translation>
    </message>
    <message>
        <source>Delete key %1 from store %2?</source>
        <translation>Schlüssel %1 aus Speicher %2 löschen?</translation>
    </message>
    <message>
        <source>Nothing depends on it.</source>
        <translation>Nichts hängt davon ab.</translation>
    </message>
    <message numerus="yes">
        <source>%n objects become unreadable until it is brought back.</source>
        <translation>
            <numerusform>%n Objekt wird unlesbar, bis er zurückgeholt wird.</numerusform>
            <numerusform>%n Objekte werden unlesbar, bis er zurückgeholt wird.</numerusform>
        </translation>
    </message>
    <message>
        <source>No active feature key is wrapped under it.</source>
        <translation>Kein aktiver Funktionsschlüssel ist damit verpackt.</translation>
    </message>
    <message>
        <source>It is used by: %1.</source>
        <translation>Verwendet von: %1.</translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation>Keyward</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
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
    <message>
        <source>Double encryption</source>
        <translation>Doppelte Verschlüsselung</translation>
    </message>
    <message>
        <source>Auto-rotate</source>
        <translation>Automatische Rotation</translation>
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
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
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
        <source>&amp;Jobs</source>
        <translation>&amp;Jobs</translation>
    </message>
    <message>
        <source>Which key protects each type of data in %1 (%2), and what its keys and last jobs say. Hover a cell for the reason; double-click it for its objects.</source>
        <translation>Welcher Schlüssel jeden Datentyp in %1 (%2) schützt und was seine Schlüssel und letzten Aufträge melden. Zeigen Sie auf eine Zelle für die Begründung; doppelklicken Sie darauf für ihre Objekte.</translation>
    </message>
    <message>
        <source>Views of the workspace</source>
        <translation>Ansichten des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>Coverage not measured: %1</source>
        <translation>Abdeckung nicht gemessen: %1</translation>
    </message>
    <message>
        <source>&amp;Rotate now...</source>
        <translation>Jetzt &amp;rotieren...</translation>
    </message>
    <message>
        <source>Re&amp;tire old version...</source>
        <translation>Alte Version außer &amp;Dienst stellen...</translation>
    </message>
    <message>
        <source>Disable an old key version once every gate that guards it is open</source>
        <translation>Eine alte Schlüsselversion deaktivieren, sobald jede Sperre, die sie schützt, offen ist</translation>
    </message>
    <message>
        <source>&amp;Import folder...</source>
        <translation>Ordner &amp;importieren...</translation>
    </message>
    <message>
        <source>Copy a folder of files into the workspace as one type of data</source>
        <translation>Einen Ordner mit Dateien als einen Datentyp in den Arbeitsbereich kopieren</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Create &amp;key...</source>
        <translation>&amp;Schlüssel erstellen...</translation>
    </message>
    <message>
        <source>Create a key in a key store and assign it to the workspace&apos;s features</source>
        <translation>Einen Schlüssel in einem Schlüsselspeicher erstellen und den Funktionen des Arbeitsbereichs zuweisen</translation>
    </message>
    <message>
        <source>&amp;Assign key...</source>
        <translation>Schlüssel &amp;zuweisen...</translation>
    </message>
    <message>
        <source>Assign a key a store holds to the workspace&apos;s features</source>
        <translation>Einen Schlüssel aus einem Speicher den Funktionen des Arbeitsbereichs zuweisen</translation>
    </message>
    <message>
        <source>The rotation cannot be prepared.</source>
        <translation>Die Rotation kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Rotate now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message>
        <source>No workspace uses key %1/%2. Make a new version of it?</source>
        <translation>Kein Arbeitsbereich verwendet Schlüssel %1/%2. Eine neue Version davon erstellen?</translation>
    </message>
    <message>
        <source>&amp;New version</source>
        <translation>&amp;Neue Version</translation>
    </message>
    <message>
        <source>The key was not rotated.</source>
        <translation>Der Schlüssel wurde nicht rotiert.</translation>
    </message>
    <message>
        <source>key %1/%2 in every workspace that uses it</source>
        <translation>Schlüssel %1/%2 in jedem Arbeitsbereich, der ihn verwendet</translation>
    </message>
    <message>
        <source>Importing %1 into %2...</source>
        <translation>%1 wird in %2 importiert...</translation>
    </message>
    <message>
        <source>Import failed.</source>
        <translation>Import fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The folder was not imported.</source>
        <translation>Der Ordner wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Imported %1 files into %2 (%3 unchanged, %4 skipped); run Encrypt to seal them.</source>
        <translation>%1 Dateien in %2 importiert (%3 unverändert, %4 übersprungen); führen Sie Verschlüsseln aus, um sie zu versiegeln.</translation>
    </message>
    <message>
        <source>%1: unlocked</source>
        <translation>%1: entsperrt</translation>
    </message>
    <message>
        <source>%1: locked</source>
        <translation>%1: gesperrt</translation>
    </message>
    <message>
        <source>No key stores</source>
        <translation>Keine Schlüsselspeicher</translation>
    </message>
    <message>
        <source>Stores: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>A locked store opens when a job needs it, or from the Keys view.</source>
        <translation>Ein gesperrter Speicher wird geöffnet, wenn ein Auftrag ihn benötigt, oder über die Ansicht Schlüssel.</translation>
    </message>
    <message>
        <source>Com&amp;pliance</source>
        <translation>Com&amp;pliance</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
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
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>%1, key %2</source>
        <translation>%1, Schlüssel %2</translation>
    </message>
    <message>
        <source>Double-click or press Enter for its objects.</source>
        <translation>Doppelklicken oder Eingabetaste drücken, um die Objekte anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ObjectsDialog</name>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>Objects of %1 in %2</source>
        <translation>Objekte von %1 in %2</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Reading the objects...</source>
        <translation>Objekte werden gelesen...</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>One row per object: its path, size, how it is sealed and what the last verification found.</source>
        <translation>Eine Zeile pro Objekt: Pfad, Größe, Art der Versiegelung und Ergebnis der letzten Prüfung.</translation>
    </message>
    <message>
        <source>The objects cannot be listed: %1</source>
        <translation>Die Objekte können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>The workspace has no objects of this type.</source>
        <translation>Der Arbeitsbereich hat keine Objekte dieses Typs.</translation>
    </message>
    <message>
        <source>Objects: %1. Sealed: %2. Plaintext: %3. Other: %4.</source>
        <translation>Objekte: %1. Versiegelt: %2. Klartext: %3. Sonstige: %4.</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ObjectsModel</name>
    <message>
        <source>Sealed (platform layer outside, feature key %1)</source>
        <translation>Versiegelt (Plattformschicht außen, Funktionsschlüssel %1)</translation>
    </message>
    <message>
        <source>Sealed (%1 feature key %2)</source>
        <translation>Versiegelt (%1 Funktionsschlüssel %2)</translation>
    </message>
    <message>
        <source>Plaintext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>Not a valid envelope</source>
        <translation>Kein gültiger Umschlag</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last verification</source>
        <translation>Letzte Prüfung</translation>
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
    <message>
        <source>&amp;Remember the PIN in the keychain, so the token opens without asking</source>
        <translation>PIN im Schlüsselbund &amp;merken, damit sich das Token ohne Nachfrage öffnet</translation>
    </message>
</context>
<context>
    <name>keyward::ui::ReportDialog</name>
    <message>
        <source>PDF, for people (cover, score, matrices, charts, evidence)</source>
        <translation>PDF, für Menschen (Deckblatt, Bewertung, Matrizen, Diagramme, Nachweise)</translation>
    </message>
    <message>
        <source>HTML, the same as the PDF for a browser</source>
        <translation>HTML, dasselbe wie das PDF, für einen Browser</translation>
    </message>
    <message>
        <source>JSON, signed with the report-signing key</source>
        <translation>JSON, signiert mit dem Berichtssignaturschlüssel</translation>
    </message>
    <message>
        <source>CSV, the findings and the key inventory</source>
        <translation>CSV, die Befunde und das Schlüsselinventar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Webseiten (*.html)</translation>
    </message>
    <message>
        <source>JSON documents (*.json)</source>
        <translation>JSON-Dokumente (*.json)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Generate a compliance report</source>
        <translation>Compliance-Bericht erstellen</translation>
    </message>
    <message>
        <source>Generate report</source>
        <translation>Bericht erstellen</translation>
    </message>
    <message>
        <source>A compliance report of what Keyward measured: every control judged, with its evidence. It is built in the background; the window stays usable.</source>
        <translation>Ein Compliance-Bericht über das, was Keyward gemessen hat: jede bewertete Kontrolle mit ihrem Nachweis. Er wird im Hintergrund erstellt; das Fenster bleibt benutzbar.</translation>
    </message>
    <message>
        <source>Report format</source>
        <translation>Berichtsformat</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>All workspaces</source>
        <translation>Alle Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Workspace %1</source>
        <translation>Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>Report scope</source>
        <translation>Berichtsumfang</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Bereich:</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Berichtsfortschritt</translation>
    </message>
    <message>
        <source>&amp;Generate...</source>
        <translation>&amp;Erzeugen...</translation>
    </message>
    <message>
        <source>Choose a file and generate the report</source>
        <translation>Wählen Sie eine Datei und erstellen Sie den Bericht</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Show &amp;folder</source>
        <translation>&amp;Ordner anzeigen</translation>
    </message>
    <message>
        <source>Show the folder of the report</source>
        <translation>Ordner des Berichts anzeigen</translation>
    </message>
    <message>
        <source>Cancel the report, or close</source>
        <translation>Bericht abbrechen oder schließen</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Gathering the facts of %1...</source>
        <translation>Fakten zu %1 werden gesammelt...</translation>
    </message>
    <message>
        <source>Weighing the controls...</source>
        <translation>Kontrollen werden gewichtet...</translation>
    </message>
    <message>
        <source>Rendering, signing and writing the report...</source>
        <translation>Bericht wird gerendert, signiert und geschrieben...</translation>
    </message>
    <message>
        <source>Rendering and writing the report...</source>
        <translation>Bericht wird gerendert und geschrieben...</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>The report was not signed, so nothing was written: the vault %1 that keeps the report-signing key is locked behind a passphrase, and the console signs reports without asking for one. Sign it with &apos;keywardctl report --format json&apos;, which asks, or choose another format.</source>
        <translation>Der Bericht wurde nicht signiert, daher wurde nichts geschrieben: Der Tresor %1, der den Signaturschlüssel für Berichte aufbewahrt, ist durch eine Passphrase gesperrt, und die Konsole signiert Berichte, ohne danach zu fragen. Signieren Sie ihn mit &apos;keywardctl report --format json&apos;, das danach fragt, oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>The report was not signed, so nothing was written: the vault %1 that keeps the report-signing key is locked (%2). Unlock it (Unlock stores in the Keys view, or the desktop&apos;s keyring), then generate the report again; or choose another format.</source>
        <translation>Der Bericht wurde nicht signiert, daher wurde nichts geschrieben: der Tresor %1, der den Berichtssignaturschlüssel enthält, ist gesperrt (%2). Entsperren Sie ihn (Schlüsselspeicher entsperren in der Schlüsselansicht oder über den Schlüsselbund des Desktops) und erstellen Sie den Bericht dann erneut; oder wählen Sie ein anderes Format.</translation>
    </message>
    <message>
        <source>The report was not written: %1</source>
        <translation>Der Bericht wurde nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>Bericht geschrieben nach %1</translation>
    </message>
    <message>
        <source>Signed with %1; the signature is in %2</source>
        <translation>Signiert mit %1; die Signatur befindet sich in %2</translation>
    </message>
    <message>
        <source>The key inventory is in %1</source>
        <translation>Das Schlüsselinventar befindet sich in %1</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RetireDialog</name>
    <message>
        <source>Retire old version</source>
        <translation>Alte Version außer Dienst stellen</translation>
    </message>
    <message>
        <source>Retiring disables an old key version once nothing can still need it. Each gate below must be open.</source>
        <translation>Das Außerdienststellen deaktiviert eine alte Schlüsselversion, sobald nichts sie mehr benötigen kann. Jede Sperre unten muss offen sein.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Version to retire</source>
        <translation>Außer Dienst zu stellende Version</translation>
    </message>
    <message>
        <source>Hold period in hours</source>
        <translation>Haltefrist in Stunden</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Hold period:</source>
        <translation>&amp;Haltefrist:</translation>
    </message>
    <message>
        <source>Retire gates</source>
        <translation>Sperren für das Außerdienststellen</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Retire version</source>
        <translation>Version außer &amp;Dienst stellen</translation>
    </message>
    <message>
        <source>%1 (created %2)</source>
        <translation>%1 (erstellt %2)</translation>
    </message>
    <message>
        <source>The key of this feature has no older enabled version: there is nothing to retire.</source>
        <translation>Der Schlüssel dieser Funktion hat keine ältere aktivierte Version: Es gibt nichts außer Dienst zu stellen.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Endet %1</translation>
    </message>
    <message>
        <source>Every gate is open: version %1 of %2/%3 can be disabled.</source>
        <translation>Jede Sperre ist offen: Version %1 von %2/%3 kann deaktiviert werden.</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 of %2/%3 cannot be retired yet: %n gates closed.</source>
        <translation>
            <numerusform>Version %1 von %2/%3 kann noch nicht außer Dienst gestellt werden: %n Sperre geschlossen.</numerusform>
            <numerusform>Version %1 von %2/%3 kann noch nicht außer Dienst gestellt werden: %n Sperren geschlossen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotateDialog</name>
    <message>
        <source>Rotate now</source>
        <translation>Jetzt rotieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rotate %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1 rotieren&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Nothing to rotate: no feature in scope has a feature key yet. Run Encrypt first.</source>
        <translation>Nichts zu rotieren: Keine Funktion im Bereich hat bereits einen Funktionsschlüssel. Führen Sie zuerst Verschlüsseln aus.</translation>
    </message>
    <message>
        <source>Each feature below gets a new version of its key; its feature keys are unwrapped with the version they are under now and wrapped under the new one, then checked. A verification runs after it.</source>
        <translation>Jede Funktion unten erhält eine neue Version ihres Schlüssels; ihre Funktionsschlüssel werden mit der aktuellen Version entpackt, mit der neuen verpackt und dann überprüft. Anschließend läuft eine Prüfung.</translation>
    </message>
    <message>
        <source>What the rotation does</source>
        <translation>Was die Rotation bewirkt</translation>
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
        <source>Moves off version</source>
        <translation>Verlässt Version</translation>
    </message>
    <message>
        <source>Feature keys re-wrapped</source>
        <translation>Neu verpackte Funktionsschlüssel</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (into %2, made by an interrupted rotation)</source>
        <translation>%1 (in %2, von einer unterbrochenen Rotation erstellt)</translation>
    </message>
    <message>
        <source>skipped: no feature key yet</source>
        <translation>übersprungen: noch kein Funktionsschlüssel</translation>
    </message>
    <message>
        <source>No object is read or re-encrypted (%1 objects). Key-store calls: %2 new key versions, %3 wrap and %4 unwrap calls (half of the unwraps check a wrap).</source>
        <translation>Kein Objekt wird gelesen oder neu verschlüsselt (%1 Objekte). Schlüsselspeicher-Aufrufe: %2 neue Schlüsselversionen, %3 Verpackungs- und %4 Entpackungsaufrufe (die Hälfte der Entpackungen prüft eine Verpackung).</translation>
    </message>
    <message>
        <source>&amp;Rotate and verify</source>
        <translation>&amp;Rotieren und prüfen</translation>
    </message>
</context>
<context>
    <name>keyward::ui::RotationTimeline</name>
    <message>
        <source>Rotation timeline</source>
        <translation>Zeitleiste der Rotationen</translation>
    </message>
    <message>
        <source>last rotated %1 ago</source>
        <translation>zuletzt rotiert vor %1</translation>
    </message>
    <message>
        <source>no successful rotation</source>
        <translation>keine erfolgreiche Rotation</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rotation(s), %2</source>
        <translation>
            <numerusform>%1: %n Rotation, %2</numerusform>
            <numerusform>%1: %n Rotationen, %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n failed</source>
        <translation>
            <numerusform>, %n fehlgeschlagen</numerusform>
            <numerusform>, %n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotations.</source>
        <translation>Keine Rotationen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rotation(s) from %1 to %2 UTC.</source>
        <translation>
            <numerusform>%n Rotation von %1 bis %2 UTC.</numerusform>
            <numerusform>%n Rotationen von %1 bis %2 UTC.</numerusform>
        </translation>
    </message>
    <message>
        <source>No rotations</source>
        <translation>Keine Rotationen</translation>
    </message>
    <message>
        <source>new key version</source>
        <translation>neue Schlüsselversion</translation>
    </message>
    <message>
        <source>rotation that failed or changed nothing</source>
        <translation>Rotation, die fehlgeschlagen ist oder nichts geändert hat</translation>
    </message>
    <message>
        <source>now: %1 UTC</source>
        <translation>jetzt: %1 UTC</translation>
    </message>
    <message>
        <source>%1 UTC, %2: %3 of %4 from %5 to %6 (%7)</source>
        <translation>%1 UTC, %2: %3 von %4 von %5 auf %6 (%7)</translation>
    </message>
</context>
<context>
    <name>keyward::ui::SeverityChart</name>
    <message>
        <source>Failed controls by severity</source>
        <translation>Nicht erfüllte Kontrollen nach Schweregrad</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Failed by severity: %1</source>
        <translation>Nicht erfüllt nach Schweregrad: %1</translation>
    </message>
</context>
<context>
    <name>keyward::ui::VersionUsesModel</name>
    <message>
        <source>assigned</source>
        <translation>zugewiesen</translation>
    </message>
    <message>
        <source>wraps the active feature key (generation %1)</source>
        <translation>verpackt den aktiven Funktionsschlüssel (Generation %1)</translation>
    </message>
    <message>
        <source>wraps retired feature keys (generation %1)</source>
        <translation>verpackt außer Dienst gestellte Funktionsschlüssel (Generation %1)</translation>
    </message>
    <message>
        <source>counting...</source>
        <translation>wird gezählt...</translation>
    </message>
    <message numerus="yes">
        <source>%n data types: %1</source>
        <translation>
            <numerusform>%n Datentyp: %1</numerusform>
            <numerusform>%n Datentypen: %1</numerusform>
        </translation>
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
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>Objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>Data types</source>
        <translation>Datentypen</translation>
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
        <source>--escrow-key, --record, --in and --out are required</source>
        <translation>--escrow-key, --record, --in und --out sind erforderlich</translation>
    </message>
    <message>
        <source>only one input can be standard input</source>
        <translation>nur eine Eingabe kann die Standardeingabe sein</translation>
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
    <message>
        <source>Only the entries of this key (STORE/KEY).</source>
        <translation>Nur die Einträge dieses Schlüssels (STORE/KEY).</translation>
    </message>
    <message>
        <source>Only the entries of this feature (managed-services, dbfs-root, managed-disks).</source>
        <translation>Nur die Einträge dieser Funktion (managed-services, dbfs-root, managed-disks).</translation>
    </message>
    <message>
        <source>Only the entries since WHEN: hours, days or weeks back (36h, 30d, 2w) or an ISO 8601 date.</source>
        <translation>Nur die Einträge seit WHEN: Stunden, Tage oder Wochen zurück (36h, 30d, 2w) oder ein Datum nach ISO 8601.</translation>
    </message>
    <message>
        <source>unknown feature &apos;%1&apos; (managed-services, dbfs-root, managed-disks)</source>
        <translation>unbekannte Funktion &apos;%1&apos; (managed-services, dbfs-root, managed-disks)</translation>
    </message>
    <message>
        <source>Set a rotation-policy preset: none, 90-days, 180-days, yearly or 2-years (versions expire after at least twice the period; without --expires, so does the first).</source>
        <translation>Eine Voreinstellung für die Rotationsrichtlinie festlegen: none, 90-days, 180-days, yearly oder 2-years (Versionen laufen frühestens nach dem doppelten Zeitraum ab; ohne --expires gilt das auch für die erste).</translation>
    </message>
    <message>
        <source>rotation policy: %1</source>
        <translation>Rotationsrichtlinie: %1</translation>
    </message>
    <message>
        <source>Start from a rotation-policy preset: none, 90-days, 180-days, yearly or 2-years.</source>
        <translation>Mit einer Voreinstellung für die Rotationsrichtlinie beginnen: none, 90-days, 180-days, yearly oder 2-years.</translation>
    </message>
    <message>
        <source>The workspace to export.</source>
        <translation>Der zu exportierende Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Write to FILE (replaced whole, never through a symbolic link) instead of standard output.</source>
        <translation>In FILE schreiben (vollständig ersetzt, nie über einen symbolischen Link) statt in die Standardausgabe.</translation>
    </message>
    <message>
        <source>terraform (azurerm provider) or arm (ARM template).</source>
        <translation>terraform (azurerm-Provider) oder arm (ARM-Vorlage).</translation>
    </message>
    <message>
        <source>Export a workspace&apos;s customer-managed key configuration as Terraform for the azurerm provider or as an ARM template: the keys (placeholders for keys held outside Azure), the workspace with versioned key ids, and the grants in the order Azure needs them. Refused where Azure would refuse: a Standard-plan workspace, an AES key, no key assigned.</source>
        <translation>Die Konfiguration der kundenverwalteten Schlüssel eines Arbeitsbereichs als Terraform für den azurerm-Provider oder als ARM-Vorlage exportieren: die Schlüssel (Platzhalter für Schlüssel außerhalb von Azure), den Arbeitsbereich mit versionierten Schlüssel-IDs und die Berechtigungen in der Reihenfolge, in der Azure sie benötigt. Wird abgelehnt, wo Azure ablehnen würde: ein Arbeitsbereich im Standard-Tarif, ein AES-Schlüssel, kein zugewiesener Schlüssel.</translation>
    </message>
    <message>
        <source>name the format: terraform or arm</source>
        <translation>Geben Sie das Format an: terraform oder arm</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (terraform or arm)</source>
        <translation>unbekanntes Format &apos;%1&apos; (terraform oder arm)</translation>
    </message>
    <message>
        <source>--workspace is required</source>
        <translation>--workspace ist erforderlich</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>pdf, html, json or csv (default: from the file name&apos;s suffix).</source>
        <translation>pdf, html, json oder csv (Standard: aus der Dateiendung).</translation>
    </message>
    <message>
        <source>Only this workspace (default: every workspace).</source>
        <translation>Nur dieser Arbeitsbereich (Standard: jeder Arbeitsbereich).</translation>
    </message>
    <message>
        <source>Write the report to FILE (&apos;-&apos;: standard output). CSV writes the findings there and the key inventory beside it (NAME-inventory.csv).</source>
        <translation>Bericht in DATEI schreiben (&apos;-&apos;: Standardausgabe). CSV schreibt die Befunde dorthin und das Schlüsselinventar daneben (NAME-inventory.csv).</translation>
    </message>
    <message>
        <source>Do not sign a JSON report (by default FILE.sig is written beside it).</source>
        <translation>Einen JSON-Bericht nicht signieren (standardmäßig wird FILE.sig daneben geschrieben).</translation>
    </message>
    <message>
        <source>The local vault that holds the report-signing key (needed when there are several).</source>
        <translation>Der lokale Tresor, der den Berichtssignaturschlüssel enthält (erforderlich, wenn es mehrere gibt).</translation>
    </message>
    <message>
        <source>Judge every workspace (or one) against CIS Azure 2.1.8 and 8.3.x, PCI DSS 3.7.4/3.7.5, NIST SP 800-57 cryptoperiods, the matching Azure Policy definitions and the platform&apos;s documented facts, from what was measured, and write the report. &apos;keywardctl report verify FILE&apos; checks a signed JSON report; &apos;keywardctl report signing-key&apos; exports the key that verifies it. Exit 0 when written.</source>
        <translation>Jeden Arbeitsbereich (oder einen) anhand von CIS Azure 2.1.8 und 8.3.x, PCI DSS 3.7.4/3.7.5, den Kryptoperioden nach NIST SP 800-57, den passenden Azure Policy-Definitionen und den dokumentierten Fakten der Plattform auf Grundlage der Messungen beurteilen und den Bericht schreiben. &apos;keywardctl report verify FILE&apos; prüft einen signierten JSON-Bericht; &apos;keywardctl report signing-key&apos; exportiert den Schlüssel, der ihn prüft. Exit 0, wenn geschrieben.</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>--out FILE ist erforderlich</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (pdf, html, json, csv)</source>
        <translation>unbekanntes Format &apos;%1&apos; (pdf, html, json, csv)</translation>
    </message>
    <message>
        <source>say --format pdf, html, json or csv</source>
        <translation>Geben Sie --format pdf, html, json oder csv an</translation>
    </message>
    <message>
        <source>a CSV report is two files: give --out a file name</source>
        <translation>ein CSV-Bericht besteht aus zwei Dateien: geben Sie --out einen Dateinamen an</translation>
    </message>
    <message>
        <source>a signed report is two files: give --out a file name, or --no-sign</source>
        <translation>ein signierter Bericht besteht aus zwei Dateien: Geben Sie --out einen Dateinamen oder verwenden Sie --no-sign</translation>
    </message>
    <message numerus="yes">
        <source>score %1 %, %n failed finding(s), %2 workspace(s)</source>
        <translation>
            <numerusform>Bewertung %1 %, %n nicht erfüllter Befund, %2 Arbeitsbereich(e)</numerusform>
            <numerusform>Bewertung %1 %, %n nicht erfüllte Befunde, %2 Arbeitsbereich(e)</numerusform>
        </translation>
    </message>
    <message>
        <source>signed with %1</source>
        <translation>signiert mit %1</translation>
    </message>
    <message>
        <source>The raw signature (default: FILE.sig).</source>
        <translation>Die rohe Signatur (Standard: FILE.sig).</translation>
    </message>
    <message>
        <source>Check with this public key (PEM) instead of the vault&apos;s report-signing key.</source>
        <translation>Mit diesem öffentlichen Schlüssel (PEM) statt mit dem Berichtssignaturschlüssel des Tresors prüfen.</translation>
    </message>
    <message>
        <source>The local vault that keeps the report-signing key (default: the only local vault).</source>
        <translation>Der lokale Tresor, der den Signaturschlüssel für Berichte aufbewahrt (Standard: der einzige lokale Tresor).</translation>
    </message>
    <message>
        <source>The signed report (JSON).</source>
        <translation>Der signierte Bericht (JSON).</translation>
    </message>
    <message>
        <source>Check a signed report: its signature (RSA-PSS-SHA256) with the report-signing key or --public-key, then that the rotation history still holds the head the report carries. Exit 0 when both hold, 5 when the signature does not verify, 3 when the history was rewritten or broken since, or the report carries no history head.</source>
        <translation>Einen signierten Bericht prüfen: seine Signatur (RSA-PSS-SHA256) mit dem Signaturschlüssel für Berichte oder --public-key, dann, ob der Rotationsverlauf noch den Kopf enthält, den der Bericht trägt. Exit 0, wenn beides zutrifft, 5, wenn die Signatur nicht bestätigt wird, 3, wenn der Verlauf seitdem umgeschrieben oder beschädigt wurde oder der Bericht keinen Verlaufskopf trägt.</translation>
    </message>
    <message>
        <source>name one signed report</source>
        <translation>einen signierten Bericht angeben</translation>
    </message>
    <message>
        <source>--public-key and --vault exclude each other</source>
        <translation>--public-key und --vault schließen einander aus</translation>
    </message>
    <message>
        <source>signature OK</source>
        <translation>Signatur OK</translation>
    </message>
    <message>
        <source>key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>the public key given</source>
        <translation>der angegebene öffentliche Schlüssel</translation>
    </message>
    <message>
        <source>key SHA-256 (SubjectPublicKeyInfo): %1</source>
        <translation>Schlüssel-SHA-256 (SubjectPublicKeyInfo): %1</translation>
    </message>
    <message>
        <source>signature BAD</source>
        <translation>Signatur UNGÜLTIG</translation>
    </message>
    <message>
        <source>Write the PEM to FILE (default: standard output).</source>
        <translation>PEM in FILE schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Print the report-signing public key (PEM), for &apos;openssl dgst -verify&apos;. The key is made in the vault on first use.</source>
        <translation>Den öffentlichen Berichtssignaturschlüssel (PEM) für &apos;openssl dgst -verify&apos; ausgeben. Der Schlüssel wird bei der ersten Verwendung im Tresor erstellt.</translation>
    </message>
    <message>
        <source>report-signing public key %1 written to %2</source>
        <translation>öffentlicher Signaturschlüssel für Berichte %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Usage: keywardctl report verify FILE [--signature SIG] [--public-key PEM] [--vault VAULT]
       keywardctl report signing-key [--vault VAULT] [--out FILE]</source>
        <translation>Aufruf: keywardctl report verify FILE [--signature SIG] [--public-key PEM] [--vault VAULT]
       keywardctl report signing-key [--vault VAULT] [--out FILE]</translation>
    </message>
    <message>
        <source>write a compliance report (PDF, HTML, signed JSON, CSV); verify a signed one</source>
        <translation>Compliance-Bericht schreiben (PDF, HTML, signiertes JSON, CSV); einen signierten prüfen</translation>
    </message>
    <message>
        <source>export a workspace&apos;s key configuration as Terraform or ARM</source>
        <translation>die Schlüsselkonfiguration eines Arbeitsbereichs als Terraform oder ARM exportieren</translation>
    </message>
    <message>
        <source>note: the history&apos;s head is not anchored outside the catalog (no keychain entry for it yet, or the keychain does not answer), so a truncated history cannot be told from a short one</source>
        <translation>Hinweis: Der Kopf des Verlaufs ist nicht außerhalb des Katalogs verankert (noch kein Schlüsselbund-Eintrag dafür, oder der Schlüsselbund antwortet nicht); ein gekürzter Verlauf lässt sich daher nicht von einem kurzen unterscheiden</translation>
    </message>
    <message>
        <source>Seal every plaintext object of the workspace whose feature has a key, in place and atomically. Already sealed objects are skipped, so running it again resumes an interrupted run. Exit status: 0 done, 9 objects it would not seal (damage, objects not where the inventory has them), 4 a key is disabled or deleted (nothing changed), 1 other failures.</source>
        <translation>Versiegelt jedes Klartextobjekt des Arbeitsbereichs, dessen Funktion einen Schlüssel hat, an Ort und Stelle und atomar. Bereits versiegelte Objekte werden übersprungen, sodass ein erneuter Aufruf einen unterbrochenen Lauf fortsetzt. Exit-Status: 0 fertig, 9 Objekte, die nicht versiegelt wurden (Beschädigung, Objekte nicht dort, wo das Inventar sie führt), 4 ein Schlüssel ist deaktiviert oder gelöscht (nichts geändert), 1 andere Fehler.</translation>
    </message>
    <message>
        <source>azure-blob: read the storage account&apos;s key from this file (&apos;-&apos;: standard input).</source>
        <translation>azure-blob: den Schlüssel des Speicherkontos aus dieser Datei lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>azure-blob: read a SAS token from this file (&apos;-&apos;: standard input).</source>
        <translation>azure-blob: ein SAS-Token aus dieser Datei lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>azure-blob: read a connection string from this file (&apos;-&apos;: standard input).</source>
        <translation>azure-blob: eine Verbindungszeichenfolge aus dieser Datei lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <source>give one of --account-key-file, --sas-file and --connection-string-file, and only with an azure-blob: storage</source>
        <translation>geben Sie genau eine der Optionen --account-key-file, --sas-file und --connection-string-file an, und nur mit einem azure-blob:-Speicher</translation>
    </message>
    <message>
        <source>Where the demo workspace keeps its objects when it is made: a folder (default: &lt;data dir&gt;/workspaces/NAME) or azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].</source>
        <translation>Wo der Demo-Arbeitsbereich beim Anlegen seine Objekte ablegt: ein Ordner (Standard: &lt;data dir&gt;/workspaces/NAME) oder azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].</translation>
    </message>
    <message>
        <source>Keep the demo&apos;s keys in this key store (one added with &apos;keywardctl store add&apos;) instead of the demo&apos;s own local vault.</source>
        <translation>Die Schlüssel der Demo in diesem Schlüsselspeicher halten (einem mit &apos;keywardctl store add&apos; hinzugefügten) statt im eigenen lokalen Tresor der Demo.</translation>
    </message>
    <message>
        <source>The Managed HSM&apos;s URL (https://NAME.managedhsm.azure.net).</source>
        <translation>Die URL des Managed HSM (https://NAME.managedhsm.azure.net).</translation>
    </message>
    <message>
        <source>The vault&apos;s URL (https://NAME.vault.azure.net).</source>
        <translation>Die URL des Tresors (https://NAME.vault.azure.net).</translation>
    </message>
    <message>
        <source>The Microsoft Entra tenant (directory) id.</source>
        <translation>Die ID des Microsoft-Entra-Mandanten (Verzeichnisses).</translation>
    </message>
    <message>
        <source>The application (client) id Keyward signs in as.</source>
        <translation>Die Anwendungs-ID (Client-ID), mit der sich Keyward anmeldet.</translation>
    </message>
    <message>
        <source>Read the client secret from this file (&apos;-&apos;: standard input) instead of asking for it. It is kept in the OS keychain.</source>
        <translation>Den geheimen Clientschlüssel aus dieser Datei lesen (&apos;-&apos;: Standardeingabe), statt danach zu fragen. Er wird im Schlüsselbund des Betriebssystems aufbewahrt.</translation>
    </message>
    <message>
        <source>The sign-in authority (default: %1).</source>
        <translation>Die Anmeldeautorität (Standard: %1).</translation>
    </message>
    <message>
        <source>The token scope (default: %1).</source>
        <translation>Der Token-Geltungsbereich (Standard: %1).</translation>
    </message>
    <message>
        <source>The Key Vault REST API version (default: %1).</source>
        <translation>Die Version der Key Vault REST-API (Standard: %1).</translation>
    </message>
    <message>
        <source>Also trust the CA certificates in this PEM file (a private endpoint).</source>
        <translation>Zusätzlich den CA-Zertifikaten in dieser PEM-Datei vertrauen (ein privater Endpunkt).</translation>
    </message>
    <message>
        <source>Add an Azure Managed HSM as a key store; Keyward signs in once to check it.</source>
        <translation>Ein Azure Managed HSM als Schlüsselspeicher hinzufügen; Keyward meldet sich einmal an, um es zu prüfen.</translation>
    </message>
    <message>
        <source>Add an Azure Key Vault vault as a key store; Keyward signs in once to check it.</source>
        <translation>Einen Azure Key Vault-Tresor als Schlüsselspeicher hinzufügen; Keyward meldet sich einmal an, um ihn zu prüfen.</translation>
    </message>
    <message>
        <source>expected NAME, --%1, --tenant and --client-id</source>
        <translation>erwartet NAME, --%1, --tenant und --client-id</translation>
    </message>
    <message>
        <source>Client secret of %1 for store &apos;%2&apos;: </source>
        <translation>Geheimer Clientschlüssel von %1 für Schlüsselspeicher &apos;%2&apos;: </translation>
    </message>
    <message>
        <source>added Managed HSM %1 as key store &apos;%2&apos;</source>
        <translation>Managed HSM %1 als Schlüsselspeicher &apos;%2&apos; hinzugefügt</translation>
    </message>
    <message>
        <source>added Key Vault %1 as key store &apos;%2&apos;</source>
        <translation>Key Vault %1 als Schlüsselspeicher &apos;%2&apos; hinzugefügt</translation>
    </message>
    <message>
        <source>it holds no key yet, so its purge protection is read from its first key</source>
        <translation>er enthält noch keinen Schlüssel, daher wird sein Löschschutz aus seinem ersten Schlüssel gelesen</translation>
    </message>
    <message>
        <source>recovery level %1: purge protection %2, deleted keys kept %3 days</source>
        <translation>Wiederherstellungsstufe %1: Löschschutz %2, gelöschte Schlüssel werden %3 Tage aufbewahrt</translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local NAME [options]
       keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [options]
       keywardctl store add azure-keyvault NAME --vault-url URL --tenant ID --client-id ID [options]
       keywardctl store add managed-hsm NAME --hsm-url URL --tenant ID --client-id ID [options]</source>
        <translation>Aufruf: keywardctl store add local NAME [Optionen]
       keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [Optionen]
       keywardctl store add azure-keyvault NAME --vault-url URL --tenant ID --client-id ID [Optionen]
       keywardctl store add managed-hsm NAME --hsm-url URL --tenant ID --client-id ID [Optionen]</translation>
    </message>
    <message>
        <source>%1 (token %2)</source>
        <translation>%1 (Token %2)</translation>
    </message>
    <message>
        <source>%1 (tenant %2, client %3)</source>
        <translation>%1 (Mandant %2, Client %3)</translation>
    </message>
    <message>
        <source>recovery level</source>
        <translation>Wiederherstellungsstufe</translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local|pkcs11|azure-keyvault|managed-hsm NAME ... | list | show NAME | remove NAME
Run &apos;keywardctl store &lt;command&gt; --help&apos; for details.</source>
        <translation>Aufruf: keywardctl store add local|pkcs11|azure-keyvault|managed-hsm NAME ... | list | show NAME | remove NAME
Führen Sie &apos;keywardctl store &lt;command&gt; --help&apos; für Details aus.</translation>
    </message>
    <message>
        <source>Where the workspace keeps its objects: a folder (default: &lt;data dir&gt;/workspaces/NAME; its areas control-plane, root, disks and serverless are created in it), or an Azure Blob Storage container, azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].</source>
        <translation>Wo der Arbeitsbereich seine Objekte ablegt: ein Ordner (Standard: &lt;data dir&gt;/workspaces/NAME; darin werden seine Bereiche control-plane, root, disks und serverless angelegt) oder ein Azure Blob Storage-Container, azure-blob:https://ACCOUNT.blob.core.windows.net/CONTAINER[/PREFIX].</translation>
    </message>
    <message>
        <source>Read the escrow key&apos;s passphrase from FILE (- for standard input) instead of asking on the terminal, when the key is passphrase-protected.</source>
        <translation>Die Passphrase des Hinterlegungsschlüssels aus FILE lesen (- für die Standardeingabe) statt im Terminal zu fragen, wenn der Schlüssel passphrasegeschützt ist.</translation>
    </message>
    <message>
        <source>Print an error as JSON (code, reason, args) on standard error.</source>
        <translation>Einen Fehler als JSON (code, reason, args) auf der Standardfehlerausgabe ausgeben.</translation>
    </message>
    <message>
        <source>Decrypt a KWE1 object with escrow records and the escrow private key, with no catalog or key store.
The feature key is found by the object&apos;s fk_id; a platform (double-encryption) layer is peeled too.
The output file appears only when every segment has been authenticated.
A passphrase-protected escrow key is opened with the passphrase asked for (or --passphrase-file).
Exit status: 0 recovered, 1 other error, 2 usage, 3 format error, 4 key error,
5 authentication failure, 7 output refused (a link or a folder that is not yours),
8 wrong passphrase.</source>
        <translation>Ein KWE1-Objekt mit Hinterlegungsdatensätzen und dem privaten Hinterlegungsschlüssel entschlüsseln, ohne Katalog oder Schlüsselspeicher.
Der Funktionsschlüssel wird über die fk_id des Objekts gefunden; eine Plattformschicht (doppelte Verschlüsselung) wird ebenfalls entfernt.
Die Ausgabedatei erscheint erst, wenn jedes Segment authentifiziert wurde.
Ein passphrasegeschützter Hinterlegungsschlüssel wird mit der abgefragten Passphrase geöffnet (oder --passphrase-file).
Exit-Status: 0 wiederhergestellt, 1 anderer Fehler, 2 Aufruf, 3 Formatfehler, 4 Schlüsselfehler,
5 Authentifizierung fehlgeschlagen, 7 Ausgabe verweigert (ein Link oder ein Ordner, der nicht Ihnen gehört),
8 falsche Passphrase.</translation>
    </message>
    <message>
        <source>Passphrase for the escrow key %1: </source>
        <translation>Passphrase für den Hinterlegungsschlüssel %1: </translation>
    </message>
    <message>
        <source>the passphrase does not open %1</source>
        <translation>die Passphrase öffnet %1 nicht</translation>
    </message>
    <message>
        <source>added the local vault &apos;%1&apos; at %2 back (master key in %3)</source>
        <translation>lokalen Tresor &apos;%1&apos; unter %2 wieder hinzugefügt (Hauptschlüssel in %3)</translation>
    </message>
    <message>
        <source>Days deleted keys are kept (7-90; default 90).</source>
        <translation>Tage, die gelöschte Schlüssel aufbewahrt werden (7-90; Standard 90).</translation>
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
