// blob-crosscheck.mjs: Microsoft's own Blob Storage client (@azure/storage-blob, loaded from the folder named by
// KEYWARD_NPM_TOOLS) on the other side of Keyward's AzureBlobStore, printing JSON on stdout:
//   sas CONNSTR CONTAINER PERMISSIONS            {"sas": "<container SAS query>"}
//   put CONNSTR CONTAINER BLOB FILE [BLOCKSIZE]  upload FILE (in blocks of BLOCKSIZE, else in one request) {"etag","blocks"}
//   get CONNSTR CONTAINER BLOB FILE              download to FILE {"size","sha256","blocks"}
//   list CONNSTR CONTAINER                       {"names": [...]}
// Exit status: 0 done, 1 the service refused, 2 usage or the package is missing.
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const tools = process.env.KEYWARD_NPM_TOOLS;
const [command, connection, container, ...rest] = process.argv.slice(2);
if (!tools || !command || !connection || !container) {
    console.error('usage: KEYWARD_NPM_TOOLS=DIR node blob-crosscheck.mjs sas|put|get|list CONNSTR CONTAINER ...');
    process.exit(2);
}
let sdk;
try {
    sdk = createRequire(join(tools, 'package.json'))('@azure/storage-blob');
} catch (e) {
    console.error(`@azure/storage-blob is not installed in ${tools}: ${e.message}`);
    process.exit(2);
}
const { BlobServiceClient, StorageSharedKeyCredential, generateBlobSASQueryParameters, ContainerSASPermissions } = sdk;

const fields = Object.fromEntries(connection.split(';').filter((p) => p.includes('=')).map((p) => {
    const at = p.indexOf('=');
    return [p.slice(0, at), p.slice(at + 1)];
}));
const service = BlobServiceClient.fromConnectionString(connection, { retryOptions: { maxTries: 2 } });
const containerClient = service.getContainerClient(container);

async function committedBlocks(blob) {
    const list = await containerClient.getBlockBlobClient(blob).getBlockList('committed');
    return (list.committedBlocks || []).length;
}

try {
    let out;
    if (command === 'sas') {
        const credential = new StorageSharedKeyCredential(fields.AccountName, fields.AccountKey);
        const sas = generateBlobSASQueryParameters({
            containerName: container,
            permissions: ContainerSASPermissions.parse(rest[0] || 'r'),
            startsOn: new Date(Date.now() - 5 * 60e3),
            expiresOn: new Date(Date.now() + 60 * 60e3),
        }, credential).toString();
        out = { sas };
    } else if (command === 'put') {
        const [blob, file, blockSize] = rest;
        const data = readFileSync(file);
        const client = containerClient.getBlockBlobClient(blob);
        await containerClient.createIfNotExists();
        const size = Number(blockSize || 0);
        const response = size > 0
            ? await client.uploadData(data, { blockSize: size, maxSingleShotSize: size, concurrency: 2 })
            : await client.upload(data, data.length);
        out = { etag: response.etag, blocks: await committedBlocks(blob) };
    } else if (command === 'get') {
        const [blob, file] = rest;
        const data = await containerClient.getBlockBlobClient(blob).downloadToBuffer();
        writeFileSync(file, data);
        out = { size: data.length, sha256: createHash('sha256').update(data).digest('hex'), blocks: await committedBlocks(blob) };
    } else if (command === 'list') {
        const names = [];
        for await (const item of containerClient.listBlobsFlat()) names.push(item.name);
        out = { names };
    } else {
        console.error(`unknown command ${command}`);
        process.exit(2);
    }
    process.stdout.write(JSON.stringify(out));
} catch (e) {
    console.error(`${command} failed: ${e.statusCode || ''} ${e.code || ''} ${e.message}`);
    process.exit(1);
}
