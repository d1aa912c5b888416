// keyvault-crosscheck.mjs COMMAND ARGS...: drives a Key Vault (the tests' KeyVaultTestServer) with Microsoft's own
// client, @azure/keyvault-keys, loaded from the folder named by KEYWARD_NPM_TOOLS, and prints the result as JSON.
//
//   create NAME [KTY] [SIZE]       KeyClient.createKey            -> {kid, name, version, kty, keyOps, n}
//   rotate NAME                    KeyClient.rotateKey            -> {kid, name, version}
//   get NAME [VERSION]             KeyClient.getKey               -> {kid, name, version, kty, enabled, recoveryLevel}
//   versions NAME                  listPropertiesOfKeyVersions    -> {versions: [{version, enabled, createdOn}]}
//   wrap KID ALG VALUE             CryptographyClient.wrapKey     -> {kid, algorithm, value}
//   unwrap KID ALG VALUE           CryptographyClient.unwrapKey   -> {kid, algorithm, value}
//   delete NAME                    KeyClient.beginDeleteKey       -> {name, recoveryId, deletedOn, scheduledPurgeDate}
//
// VALUE and the printed value are base64url. Environment: KEYVAULT_URL (the vault, e.g. https://127.0.0.1:PORT),
// KEYVAULT_TOKEN (the bearer token the credential hands out; default test-token), NODE_EXTRA_CA_CERTS (the test CA,
// read by node at start-up). The credential is a plain TokenCredential object; the vault host is not
// *.vault.azure.net, so the challenge's resource is not verified. No retries: a wrong answer fails at once.
// Exit status: 0 done, 1 the service or client failed (JSON {error, code, statusCode} on stdout), 2 bad usage or the
// package is not installed.
import { createRequire } from 'node:module';
import { join } from 'node:path';

const tools = process.env.KEYWARD_NPM_TOOLS;
const vaultUrl = process.env.KEYVAULT_URL;
const token = process.env.KEYVAULT_TOKEN || 'test-token';
const [command, ...args] = process.argv.slice(2);
if (!tools || !vaultUrl || !command) {
    console.error('usage: KEYWARD_NPM_TOOLS=DIR KEYVAULT_URL=URL node keyvault-crosscheck.mjs COMMAND ARGS...');
    process.exit(2);
}
let KeyClient, CryptographyClient;
try {
    ({ KeyClient, CryptographyClient } = createRequire(join(tools, 'package.json'))('@azure/keyvault-keys'));
} catch (e) {
    console.error(`@azure/keyvault-keys is not installed in ${tools} (scripts/test.sh installs it): ${e.message}`);
    process.exit(2);
}

const credential = {
    getToken: async () => ({ token, expiresOnTimestamp: Date.now() + 3600e3 }),
};
const options = { disableChallengeResourceVerification: true, retryOptions: { maxRetries: 0 } };
const b64url = (bytes) => Buffer.from(bytes).toString('base64url');
const unb64url = (text) => new Uint8Array(Buffer.from(text, 'base64url'));

async function run() {
    const keys = new KeyClient(vaultUrl, credential, options);
    switch (command) {
    case 'create': {
        const [name, kty = 'RSA', size = '2048'] = args;
        const k = await keys.createKey(name, kty, { keySize: Number(size) });
        return { kid: k.id, name: k.name, version: k.properties.version, kty: k.keyType, keyOps: k.keyOperations,
                 n: k.key?.n ? b64url(k.key.n) : undefined };
    }
    case 'rotate': {
        const k = await keys.rotateKey(args[0]);
        return { kid: k.id, name: k.name, version: k.properties.version };
    }
    case 'get': {
        const k = await keys.getKey(args[0], args[1] ? { version: args[1] } : {});
        return { kid: k.id, name: k.name, version: k.properties.version, kty: k.keyType,
                 enabled: k.properties.enabled, recoveryLevel: k.properties.recoveryLevel };
    }
    case 'versions': {
        const versions = [];
        for await (const p of keys.listPropertiesOfKeyVersions(args[0]))
            versions.push({ version: p.version, enabled: p.enabled, createdOn: p.createdOn?.toISOString() });
        return { versions };
    }
    case 'wrap':
    case 'unwrap': {
        const [kid, alg, value] = args;
        const crypto = new CryptographyClient(kid, credential, options);
        const r = command === 'wrap' ? await crypto.wrapKey(alg, unb64url(value))
                                     : await crypto.unwrapKey(alg, unb64url(value));
        return { kid: r.keyID, algorithm: r.algorithm, value: b64url(r.result) };
    }
    case 'delete': {
        const poller = await keys.beginDeleteKey(args[0], { intervalInMs: 0 });
        const d = await poller.pollUntilDone();
        return { name: d.name, recoveryId: d.properties.recoveryId, deletedOn: d.properties.deletedOn?.toISOString(),
                 scheduledPurgeDate: d.properties.scheduledPurgeDate?.toISOString() };
    }
    default:
        console.error(`unknown command ${command}`);
        process.exit(2);
    }
}

try {
    process.stdout.write(JSON.stringify(await run()));
} catch (e) {
    process.stdout.write(JSON.stringify({ error: String(e.message || e), code: e.code, statusCode: e.statusCode }));
    process.exit(1);
}
