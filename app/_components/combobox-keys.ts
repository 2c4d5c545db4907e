import type { KeyboardEvent } from 'react';

/** What the keyboard of a suggesting combobox reads and changes. */
export interface ComboboxKeyState {
  /** How many options the list shows now. */
  count: number;
  /** Whether the list is shown. */
  expanded: boolean;
  /** The highlighted option, -1 for none. */
  active: number;
  setActive(update: (current: number) => number): void;
  setOpen(open: boolean): void;
  /** Chooses the option at this index. */
  choose(index: number): void;
}

/**
 * The ARIA combobox keyboard shared by every suggesting input (skills, organizations,
 * projects, merge candidates): arrows move the highlight round the list (from none, down
 * goes to the first and up to the last), Enter chooses the highlighted option (with none,
 * the form submits as usual), Escape closes the list, Tab closes it and moves on.
 */
export function onComboboxKey(event: KeyboardEvent<HTMLInputElement>, state: ComboboxKeyState): void {
  const { count, expanded, active } = state;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      if (count === 0) return;
      event.preventDefault();
      state.setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      state.setActive((current) => (current < 0 ? (step > 0 ? 0 : count - 1) : (current + step + count) % count));
      return;
    }
    case 'Enter':
      if (expanded && active >= 0 && active < count) {
        event.preventDefault();
        state.choose(active);
      }
      return;
    case 'Escape':
      if (expanded) {
        event.preventDefault();
        state.setOpen(false);
        state.setActive(() => -1);
      }
      return;
    case 'Tab':
      state.setOpen(false);
      return;
  }
}
