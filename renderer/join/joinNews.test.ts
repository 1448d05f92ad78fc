import { describe, expect, it } from 'vitest';
import type { Device, DeviceId } from '../../shared/join/schema';
import type { ParticipantId } from '../../shared/participant/schema';
import { joinNews } from './joinNews';

const AT = '2026-12-02T10:00:00.000Z';
function device(n: number, name: string | null = null): Device {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}` as DeviceId,
    participantId: name ? (`p${n}` as ParticipantId) : null,
    name,
    anonymous: false,
    joinedAt: AT,
    lastSeenAt: AT,
    connected: true,
  };
}

describe('news of joins', () => {
  it('is silent about the devices that were in when the list was first read', () => {
    expect(joinNews(undefined, [device(1), device(2, 'Anna')])).toEqual([]);
  });

  it('tells of a new device, and of a device once it has a name', () => {
    expect(joinNews([device(1)], [device(1), device(2)])).toEqual([{ kind: 'device' }]);
    expect(joinNews([device(1)], [device(1, 'Anna')])).toEqual([{ kind: 'named', name: 'Anna' }]);
    expect(joinNews([], [device(3, 'Bo')])).toEqual([{ kind: 'named', name: 'Bo' }]);
  });

  it('says nothing when a device leaves, is seen again or keeps its name', () => {
    const seen = { ...device(1, 'Anna'), lastSeenAt: '2026-12-02T10:05:00.000Z', connected: false };
    expect(joinNews([device(1, 'Anna'), device(2)], [seen])).toEqual([]);
  });
});
