import os from 'node:os';
import type { NetworkAddress } from '../../shared/join/schema';

type Interfaces = ReturnType<typeof os.networkInterfaces>;

function ipv4(interfaces: Interfaces): { name: string; address: string; internal: boolean }[] {
  return Object.entries(interfaces).flatMap(([name, infos]) =>
    // Node 18.0–18.3 reported the family as a number.
    (infos ?? []).filter((info) => info.family === 'IPv4' || (info.family as unknown) === 4).map((info) => ({ name, address: info.address, internal: info.internal })),
  );
}

/** The addresses phones in the room could reach: this machine's IPv4 addresses outside loopback. */
export function roomAddresses(interfaces: Interfaces = os.networkInterfaces()): NetworkAddress[] {
  return ipv4(interfaces)
    .filter((info) => !info.internal)
    .map(({ name, address }) => ({ name, address }));
}

/** Whether the address is one of this machine's IPv4 addresses now (loopback included, for testing on one machine). */
export function isOwnAddress(address: string, interfaces: Interfaces = os.networkInterfaces()): boolean {
  return ipv4(interfaces).some((info) => info.address === address);
}
