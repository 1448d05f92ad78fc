#!/usr/bin/env bash
# The room's network on one machine, for the joining test (test/lan): a
# network namespace standing in for a phone, joined to this machine by a veth
# pair, each end with its own address. Needs root and iproute2.
#
#   scripts/lan-netns.sh up <name>    creates it; prints the two variables the
#                                     test reads, as `export` lines for eval
#   scripts/lan-netns.sh down <name>  removes it (and is quiet if it is gone)
#
# <name> is the namespace (≤ 11 characters: the veth ends are <name>h and
# <name>p). The /24 is the first 10.231.X.0 no interface here uses, so two
# runs side by side get different subnets.
set -euo pipefail
action=${1:?up or down}
name=${2:?namespace name}
if [ ${#name} -gt 11 ]; then echo "lan-netns: name '$name' is longer than 11 characters" >&2; exit 2; fi
host_end="${name}h"
phone_end="${name}p"

case "$action" in
  up)
    used=$(ip -o -4 addr show | awk '{print $4}')
    subnet=''
    for x in $(seq 1 254); do
      if ! grep -q "^10\.231\.$x\." <<<"$used"; then subnet="10.231.$x"; break; fi
    done
    [ -n "$subnet" ] || { echo "lan-netns: no free 10.231.X.0/24" >&2; exit 1; }
    ip netns add "$name"
    ip link add "$host_end" type veth peer name "$phone_end"
    ip link set "$phone_end" netns "$name"
    ip addr add "$subnet.1/24" dev "$host_end"
    ip link set "$host_end" up
    ip -n "$name" addr add "$subnet.2/24" dev "$phone_end"
    ip -n "$name" link set "$phone_end" up
    ip -n "$name" link set lo up
    echo "export SAMVERKSTAD_NETNS=$name SAMVERKSTAD_NETNS_HOST=$subnet.1"
    ;;
  down)
    # Deleting one end removes both at once; deleting only the namespace would
    # leave the host end until the kernel gets round to it.
    ip link del "$host_end" 2>/dev/null || true
    ip netns del "$name" 2>/dev/null || true
    ;;
  *)
    echo "lan-netns: unknown action '$action' (up or down)" >&2
    exit 2
    ;;
esac
