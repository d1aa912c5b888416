// DemoDisks: makers for disk images: sparse, with the structures a real disk starts and ends with and a few
// written blocks.
#include "demo/DemoDisks.h"

#include "demo/DemoConstants.h"
#include "demo/DemoFormats.h"
#include "demo/DemoText.h"

#include <algorithm>

namespace keyward::demo {

namespace {

QByteArray ext4Superblock(DemoRandom &rng, qint64 bytes, const QByteArray &label, const QByteArray &mountedOn,
                          qint64 timeMs)
{
    QByteArray sb(1024, '\0');
    const quint64 blocks = quint64(bytes / 4096);
    putLe(sb, 0, blocks / 4, 4);              // s_inodes_count
    putLe(sb, 4, blocks, 4);                  // s_blocks_count_lo
    putLe(sb, 12, blocks * 9 / 10, 4);        // s_free_blocks_count_lo
    putLe(sb, 16, blocks / 4 - 11, 4);        // s_free_inodes_count
    putLe(sb, 24, 2, 4);                      // s_log_block_size: 4 KiB
    putLe(sb, 28, 2, 4);                      // s_log_cluster_size
    putLe(sb, 32, 32768, 4);                  // s_blocks_per_group
    putLe(sb, 36, 32768, 4);                  // s_clusters_per_group
    putLe(sb, 40, 8192, 4);                   // s_inodes_per_group
    putLe(sb, 44, quint64(timeMs / 1000), 4); // s_mtime
    putLe(sb, 48, quint64(timeMs / 1000), 4); // s_wtime
    putLe(sb, 52, 1, 2);                      // s_mnt_count
    putLe(sb, 54, 0xFFFF, 2);                 // s_max_mnt_count: -1
    putLe(sb, 56, 0xEF53, 2);                 // s_magic
    putLe(sb, 58, 1, 2);                      // s_state: clean
    putLe(sb, 60, 1, 2);                      // s_errors: continue
    putLe(sb, 76, 1, 4);                      // s_rev_level: dynamic
    putLe(sb, 84, 11, 4);                     // s_first_ino
    putLe(sb, 88, 256, 2);                    // s_inode_size
    for (int i = 0; i < 16; ++i)
        sb[104 + i] = char(rng.next() & 0xff); // s_uuid
    sb.replace(120, label.size(), label);
    sb.replace(136, mountedOn.size(), mountedOn);
    return sb;
}

void writeScatteredBlocks(DemoSink &sink, DemoRandom &rng, qint64 from, qint64 to, const QByteArray &what)
{
    const int blocks = int(rng.range(3, 8));
    const qint64 places = (to - from) / 4096;
    for (int i = 0; i < blocks && places > 1; ++i) {
        sink.seek(from + rng.below(places - 1) * 4096);
        QByteArray block;
        while (block.size() < 4096)
            block += isoTime(EpochMs + rng.below(90 * DayMs)) + ' ' + what + " block " + num(rng.below(1 << 20)) + '\n';
        sink.write(block.left(4096));
    }
}

QByteArray vhdFooter(DemoRandom &rng, qint64 diskBytes, qint64 timeMs)
{
    QByteArray f(512, '\0');
    f.replace(0, 8, "conectix");
    putBe(f, 8, 2, 4);                                   // features
    putBe(f, 12, 0x00010000, 4);                         // format version
    putBe(f, 16, ~quint64(0), 8);                        // data offset: none (fixed disk)
    putBe(f, 24, quint64(timeMs / 1000 - 946684800), 4); // seconds since 2000-01-01
    f.replace(28, 4, "win ");
    putBe(f, 32, 0x000a0000, 4);
    f.replace(36, 4, "Wi2k");
    putBe(f, 40, quint64(diskBytes), 8);                                          // original size
    putBe(f, 48, quint64(diskBytes), 8);                                          // current size
    putBe(f, 56, quint64((diskBytes / 512 / (16 * 63)) << 16 | 16 << 8 | 63), 4); // C/H/S
    putBe(f, 60, 2, 4);                                                           // disk type: fixed
    for (int i = 0; i < 16; ++i)
        f[68 + i] = char(rng.next() & 0xff); // unique id
    quint32 sum = 0;
    for (char c : f)
        sum += quint8(c);
    putBe(f, 64, quint64(~sum), 4);
    return f;
}

} // namespace

qint64 diskSize(qint64 budget)
{
    return std::clamp<qint64>((budget + MiB / 2) / MiB, 2, 512) * MiB;
}

Status makeManagedDisk(DemoUnit &u)
{
    const qint64 dataBytes = diskSize(u.budget) - 512;
    const qint64 created = u.time();
    // Cluster ids read MMDD-HHMMSS-xxxxxxxx, from when the cluster was created.
    const QByteArray cluster = day(created).mid(5).replace('-', "") + '-' +
                               isoTime(created).mid(11, 8).replace(':', "") + '-' +
                               u.rng.fromAlphabet("abcdefghijklmnopqrstuvwxyz0123456789", 8);
    const QString path = u.at(cluster + "/vm-" + u.rng.hex(12) + "/temp-disk-" + num(u.index) + ".vhd");
    return u.stream(path, [&](DemoSink &sink) {
        QByteArray mbr(512, '\0');
        mbr.replace(0, 3, QByteArray("\xeb\x63\x90", 3)); // boot code jump
        const quint64 startLba = 2048;
        const quint64 sectors = quint64(dataBytes / 512) - startLba;
        mbr[446 + 4] = char(0x83); // Linux partition
        putLe(mbr, 446 + 8, startLba, 4);
        putLe(mbr, 446 + 12, sectors, 4);
        mbr[510] = char(0x55);
        mbr[511] = char(0xAA);
        sink.write(mbr);
        sink.seek(qint64(startLba) * 512 + 1024);
        sink.write(ext4Superblock(u.rng, qint64(sectors) * 512, "local_disk0", "/local_disk0", created));
        writeScatteredBlocks(sink, u.rng, qint64(startLba) * 512 + MiB / 2, dataBytes, "spark shuffle spill");
        sink.seek(dataBytes);
        sink.write(vhdFooter(u.rng, dataBytes, created));
    });
}

Status makeServerlessDisk(DemoUnit &u)
{
    const qint64 bytes = diskSize(u.budget);
    const qint64 created = u.time();
    const QString path = u.at("workload-" + u.rng.hex(10) + "/disk-" + num(u.index) + ".img");
    return u.stream(path, [&](DemoSink &sink) {
        sink.seek(1024);
        sink.write(ext4Superblock(u.rng, bytes, "scratch", "/local_disk0", created));
        writeScatteredBlocks(sink, u.rng, MiB / 2, bytes - 4096, "serverless task scratch");
        sink.seek(bytes - 4096);
        sink.write(QByteArray(4095, '\0') + '\n');
    });
}

} // namespace keyward::demo
