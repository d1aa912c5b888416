// DemoDisks: makers for disk images: sparse, with the structures a real disk starts and ends with and a few
// written blocks.
#pragma once

#include "demo/DemoUnit.h"

namespace keyward::demo {

// A disk's size for a byte budget: whole MiB, from 2 to 512 MiB.
qint64 diskSize(qint64 budget);

// A fixed VHD as Azure managed disks use: MBR, one ext4 partition at 1 MiB, data, the footer at the end.
Status makeManagedDisk(DemoUnit &u);
// A raw scratch disk: ext4 straight on the device, no partition table.
Status makeServerlessDisk(DemoUnit &u);

} // namespace keyward::demo
