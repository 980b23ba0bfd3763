// A case delegated to another office (pelimpahan) is no longer the sender's to work on, and is
// usually out of their jurisdiction from that moment: the console leaves its page for the inbox,
// which says where the case went (once, on the next inbox shown).
import { useEffect, useState } from 'react';

export type Handoff = { receiptNumber: string; officeName: string | null };

let pending: Handoff | null = null;

export function announceHandoff(handoff: Handoff): void {
  pending = handoff;
}

/** The hand-off announced before this inbox was shown, if any; shown by this inbox only. */
export function useHandoff(): [Handoff | null, () => void] {
  const [handoff, setHandoff] = useState<Handoff | null>(() => pending);
  useEffect(() => {
    pending = null;
  }, []);
  return [handoff, () => setHandoff(null)];
}
