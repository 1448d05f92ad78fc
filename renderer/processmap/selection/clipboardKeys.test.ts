import { describe, expect, it } from 'vitest';
import { clipboardCommand } from './clipboardKeys';

const keys = (key: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({ key, ctrlKey: false, metaKey: false, altKey: false, ...mods });
const anywhere = { inTextField: false, textSelected: false };

describe('clipboardCommand', () => {
  it('copies on Ctrl+C or Cmd+C and pastes on Ctrl+V or Cmd+V, with or without Shift', () => {
    expect(clipboardCommand(keys('c', { ctrlKey: true }), anywhere)).toBe('copy');
    expect(clipboardCommand(keys('C', { metaKey: true }), anywhere)).toBe('copy');
    expect(clipboardCommand(keys('v', { ctrlKey: true }), anywhere)).toBe('paste');
    expect(clipboardCommand(keys('V', { metaKey: true }), anywhere)).toBe('paste');
  });

  it('leaves other keys, a plain C or V, and AltGr combinations alone', () => {
    expect(clipboardCommand(keys('c'), anywhere)).toBeNull();
    expect(clipboardCommand(keys('x', { ctrlKey: true }), anywhere)).toBeNull();
    expect(clipboardCommand(keys('v', { ctrlKey: true, altKey: true }), anywhere)).toBeNull();
  });

  it('never takes copy or paste from a text field', () => {
    const inField = { inTextField: true, textSelected: false };
    expect(clipboardCommand(keys('c', { ctrlKey: true }), inField)).toBeNull();
    expect(clipboardCommand(keys('v', { ctrlKey: true }), inField)).toBeNull();
  });

  it('lets Ctrl+C copy text the user selected, while Ctrl+V still pastes elements', () => {
    const selectedText = { inTextField: false, textSelected: true };
    expect(clipboardCommand(keys('c', { ctrlKey: true }), selectedText)).toBeNull();
    expect(clipboardCommand(keys('v', { ctrlKey: true }), selectedText)).toBe('paste');
  });
});
