<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MatrixCommand</name>
    <message>
        <source>keywardctl matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl matrix [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos; (expected %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto-rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform-managed key in effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform-managed key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATA TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMK FEATURE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>COVERAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY / DETAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: %1 data types: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double encryption: a platform-keyed infrastructure layer is added in the DBFS root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed disks follow the latest version of their key automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints, for every type of workspace data, which customer-managed key feature covers it and which key protects it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the matrix as JSON (format keyward.matrix, version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace plan: standard or premium (default: premium).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on a workspace option (repeatable): notebook-results-in-customer-storage, dbfs-double-encryption, managed-disk-rotate-to-latest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace region, e.g. westeurope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace name (default: workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a key to a feature (repeatable), e.g. managed-services=https://vault/keys/k/v. Features without one show a platform-managed key in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature=key-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the demo workspace (Premium, two features keyed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the table, print each cell&apos;s reason under its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward</name>
    <message>
        <source>keyward: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-managed key console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once it is shown and laid out, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace on this plan: standard or premium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn on a workspace option in the demo workspace (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan &apos;%1&apos; (expected standard or premium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyward: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::Coverage</name>
    <message>
        <source>Customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform key only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs Premium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted under your customer-managed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature applies but has no key yet; a platform-managed key is in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-managed keys cannot apply; always a platform-managed key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard plan: no customer-managed keys; a platform-managed key is in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A workspace option keeps this data elsewhere; nothing is stored here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::Feature</name>
    <message>
        <source>Managed services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBFS root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed disks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform key only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::Location</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace root storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic compute plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by the platform; protected by the managed services key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DBFS root storage account in your subscription; protected by the DBFS root key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic compute VMs in your subscription; protected by the managed disks key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run by the platform on your behalf; platform-managed keys only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::MatrixRules</name>
    <message>
        <source>All interactive notebook results are stored in customer storage, so none are kept in the control plane; they are covered by the DBFS root key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Standard plan has no customer-managed keys; a platform-managed key protects this data. %1 needs the Premium plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected by the %1 customer key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no customer key assigned yet; a platform-managed key protects this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds all interactive notebook results (option on).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds only large interactive results; the rest stay in the control plane.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double encryption adds a platform-keyed infrastructure layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks follow the latest key version automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate-to-latest takes effect once a key is assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::Plan</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Premium</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::model::WorkspaceOptions</name>
    <message>
        <source>Store all notebook results in customer storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double encryption of DBFS root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed disks rotate to latest key version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interactive notebook results leave the control plane and are all kept in workspace root storage, under the DBFS root key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds a second, platform-keyed infrastructure encryption layer to everything in the DBFS root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic compute disks follow the newest version of the managed-disk key automatically.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ui::LegendWidget</name>
    <message>
        <source>Your customer-managed key protects this data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key assigned yet: platform key in effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer keys cannot apply here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard plan: no customer keys at all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option keeps this data elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra platform-keyed layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-rotate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disks follow the latest key version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ui::MainWindow</name>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the workspace&apos;s own plan and options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 plan, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which key protects each type of data in %1 (%2). Hover a cell for the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 data types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A console for customer-managed encryption keys of data platform workspaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See which key protects each type of data, set keys up, rotate them and prove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ui::MatrixModel</name>
    <message>
        <source>Control plane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classic compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serverless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double encryption on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotates to the latest key version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data that only platform-managed keys can protect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needs the Premium plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no customer key assigned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keyward::ui::WorkspacePanel</name>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-managed keys need the Premium plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer-managed keys available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer-managed keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inactive on Standard)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keywardctl</name>
    <message>
        <source>format error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authentication failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key not yet valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyward&apos;s data directory (default: $KEYWARD_DATA_DIR, else ~/.local/share/keyward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a vault passphrase from FILE (- for standard input) instead of asking on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a token PIN from FILE (- for standard input) instead of the keychain or the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The KWE1 object, or - for standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a KWE1 object&apos;s header and layout. No key is used.
Exit status: 0 well-formed, 3 format error, 1 other error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nonce_prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fk_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl envelope inspect FILE [--json]
Run &apos;keywardctl envelope inspect --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key store (see &apos;keywardctl store list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected --store STORE and the key&apos;s NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected --store STORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT BEFORE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List soft-deleted keys instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the keys in a store (newest version of each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELETED ON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PURGE AFTER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEWEST VERSION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one version only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a key&apos;s versions and attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key %1: %2-%3, operations %4, %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM-backed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>software-protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rsa or aes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits: 2048, 3072 or 4096 for RSA (default 3072); 256 for AES.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable before this date (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not usable from this date (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a key (its first version) in a store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--type must be rsa or aes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dates are ISO 8601, e.g. 2027-06-30 or 2027-06-30T12:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new version of a key. Older versions stay enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable a key version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable a key version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--version is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a key: with soft delete it is kept for the retention period and can be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1; recoverable until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover a soft-deleted key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy a deleted key for good (refused while purge protection holds it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate after creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rotate before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new versions expire after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notify before expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a key&apos;s rotation policy (--json prints the Key Vault shape).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate this long after a version is created (e.g. P90D).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate this long before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New versions expire this long after creation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify this long before expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the policy from a Key Vault rotation-policy JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a key&apos;s rotation policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl key policy get|set --store STORE NAME [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl key list|show|create|rotate|enable|disable|delete|recover|purge|policy --store STORE ...
Run &apos;keywardctl key &lt;command&gt; --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inspect KWE1 objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decrypt an object with an escrow key (break-glass)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the data-type to key-feature matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add, list and inspect key stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create, rotate, enable, disable, delete keys; rotation policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl &lt;command&gt; [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &apos;keywardctl &lt;command&gt; --help&apos; for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keywardctl: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a key or record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The escrow RSA private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An escrow record (keyward-escrow/1); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the plaintext, or - for standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print nothing on success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt a KWE1 object with escrow records and the escrow private key, with no catalog or key store.
The feature key is found by the object&apos;s fk_id; a platform (double-encryption) layer is peeled too.
The output file appears only when every segment has been authenticated.
Exit status: 0 recovered, 1 other error, 2 usage, 3 format error, 4 key error,
5 authentication failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--escrow-key, --record, --in and --out are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only one input can be standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an unencrypted RSA private key in PEM form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 object inside a platform layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovered %1 bytes from a %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to put the vault file (default: &lt;data dir&gt;/vaults/NAME.kwvault).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the vault&apos;s master key is kept: auto (the OS keychain when it answers, else a passphrase), keychain, or passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow purging deleted keys at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete keys at once instead of keeping them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days deleted keys are kept (7-90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new vault&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a local vault (the embedded key store) and add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--protection must be auto, keychain or passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key store named &apos;%1&apos; exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created local vault &apos;%1&apos; at %2 (master key in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PKCS#11 module (shared library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token by label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the token by serial number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the user PIN in the OS keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store&apos;s name in Keyward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a PKCS#11 token (an HSM) as a key store; it is opened once to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME, --module and --token-label or --token-serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>store names are letters, digits and dashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added PKCS#11 token &apos;%1&apos; as key store &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local NAME [options]
       keywardctl store add pkcs11 NAME --module PATH (--token-label L | --token-serial S) [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the key stores Keyward knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no key stores; add one with &apos;keywardctl store add local NAME&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a key store and show its properties.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soft delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge protection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a key store. Its vault file or token is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: keywardctl store add local|pkcs11 NAME ... | list | show NAME | remove NAME
Run &apos;keywardctl store &lt;command&gt; --help&apos; for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask on; use --passphrase-file or --pin-file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PIN in %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the passphrase in %1 was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase for vault &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase for vault &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User PIN for token &apos;%1&apos;: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong, try again. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases differ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>keywardctl matrix</name>
    <message>
        <source>Run &apos;keywardctl matrix --help&apos; for the options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown plan &apos;%1&apos; (expected standard or premium)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad --key &apos;%1&apos; (expected FEATURE=KEY-ID with FEATURE one of managed-services, dbfs-root, managed-disks)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
