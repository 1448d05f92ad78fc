import type { Interfaces, MachineNetwork } from '../../electron/join/interfaces';

export interface FakeNetwork {
  readonly network: MachineNetwork;
  /** The laptop leaves the network: the address is no longer among the machine's. */
  drop(address: string): void;
  /** The laptop is back on it. */
  restore(address: string): void;
  /** Runs the session's address check now, as its timer would. */
  check(): void;
  /** How many address checks are scheduled (one while a session runs, none after). */
  readonly watching: number;
}

/** A machine with one interface holding `addresses`, whose address check runs only when the test says. */
export function fakeNetwork(addresses: readonly string[]): FakeNetwork {
  const present = new Set(addresses);
  const checks = new Set<() => void>();
  const interfaces = (): Interfaces => ({
    wlan0: [...present].map((address) => ({ address, netmask: '255.255.255.0', family: 'IPv4', mac: '02:00:00:00:00:01', internal: false, cidr: `${address}/24` })),
  });
  return {
    network: {
      interfaces,
      repeat: (check) => {
        checks.add(check);
        return () => checks.delete(check);
      },
    },
    drop: (address) => present.delete(address),
    restore: (address) => present.add(address),
    check: () => {
      for (const check of [...checks]) check();
    },
    get watching() {
      return checks.size;
    },
  };
}
