import os from 'node:os';
import type { NetworkAddress } from '../../shared/join/schema';

export type Interfaces = ReturnType<typeof os.networkInterfaces>;

/** Calls `check` again and again until the returned function is called. */
export type Repeat = (check: () => void) => () => void;

/** Where the session learns this machine's addresses, and how it keeps looking while it runs. */
export interface MachineNetwork {
  readonly interfaces: () => Interfaces;
  readonly repeat: Repeat;
}

/** Often enough that a QR no phone can reach is gone from the screen within seconds; an interface list is cheap to read. */
export const ADDRESS_CHECK_MS = 3_000;

/** A repeating timer that never keeps the process alive: quitting the app does not wait for the next check. */
export function every(ms: number): Repeat {
  return (check) => {
    const timer = setInterval(check, ms);
    timer.unref();
    return () => clearInterval(timer);
  };
}

export const machineNetwork: MachineNetwork = { interfaces: () => os.networkInterfaces(), repeat: every(ADDRESS_CHECK_MS) };

function ipv4(interfaces: Interfaces): { name: string; address: string; internal: boolean }[] {
  return Object.entries(interfaces).flatMap(([name, infos]) =>
    // Node 18.0–18.3 reported the family as a number.
    (infos ?? []).filter((info) => info.family === 'IPv4' || (info.family as unknown) === 4).map((info) => ({ name, address: info.address, internal: info.internal })),
  );
}

/** The addresses phones in the room could reach: this machine's IPv4 addresses outside loopback. */
export function roomAddresses(interfaces: Interfaces): NetworkAddress[] {
  return ipv4(interfaces)
    .filter((info) => !info.internal)
    .map(({ name, address }) => ({ name, address }));
}

/** Whether the address is one of this machine's IPv4 addresses now (loopback included, for testing on one machine). */
export function isOwnAddress(address: string, interfaces: Interfaces): boolean {
  return ipv4(interfaces).some((info) => info.address === address);
}
