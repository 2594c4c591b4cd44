import { describe, expect, it } from 'vitest';
import { deploymentOf, storageNames } from './deployment.ts';

/** The parts of a page address the copy's name is made from (as `location` has them). */
function at(href: string): { protocol: string; pathname: string } {
  const [, protocol = '', pathname = '/'] = /^([a-z]+:)\/\/[^/]*([^?#]*)/.exec(href) ?? [];
  return { protocol, pathname: pathname || '/' };
}

describe('deploymentOf', () => {
  it('gives the copy at the root of its origin the plain names every earlier version used', () => {
    expect(deploymentOf(at('https://school.example/'))).toBe('');
    expect(deploymentOf(at('https://school.example/index.html?motion=reduce#class=x'))).toBe('');
    expect(storageNames('')).toEqual({ keyPrefix: 'lost-corner/', database: 'lost-corner' });
  });

  it('names two copies in two folders of one origin differently, whatever page of the copy is open', () => {
    const first = deploymentOf(at('https://html.itch.zone/html/101/index.html'));
    const second = deploymentOf(at('https://html.itch.zone/html/202/'));
    expect(first).toBe('/html/101/');
    expect(second).toBe('/html/202/');
    expect(deploymentOf(at('https://html.itch.zone/html/101/guide.html'))).toBe(first);
    expect(storageNames(first).keyPrefix).not.toBe(storageNames(second).keyPrefix);
    expect(storageNames(first).database).not.toBe(storageNames(second).database);
  });

  it('keeps one name for a file opened from disk, wherever the file is moved', () => {
    expect(deploymentOf(at('file:///home/sam/Desktop/lost-corner.html'))).toBe('');
    expect(deploymentOf(at('file:///media/usb/games/lost-corner.html'))).toBe('');
  });

  it('uses the name a build pins, so a host that moves each upload keeps one copy across versions', () => {
    expect(deploymentOf(at('https://html.itch.zone/html/101/'), 'itch')).toBe('itch');
    expect(deploymentOf(at('https://html.itch.zone/html/202/'), 'itch')).toBe('itch');
    expect(deploymentOf(at('https://html.itch.zone/html/202/'), '')).toBe('');
  });

  it('never makes a key prefix of another copy’s prefix, so clearing one copy leaves the other', () => {
    const plain = storageNames('').keyPrefix;
    const other = storageNames('/trial/').keyPrefix;
    expect(other.startsWith(plain)).toBe(false);
    expect(plain.startsWith(other)).toBe(false);
  });

  it('cuts an absurdly long folder name to a bounded one', () => {
    const long = `https://example.org/${'a/'.repeat(1_000)}`;
    expect(deploymentOf(at(long)).length).toBeLessThanOrEqual(200);
  });
});
