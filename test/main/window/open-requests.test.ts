import { describe, expect, it } from 'vitest';
import { commandLineArgs, documentsInArgv } from '../../../main/window/open-requests';

describe('documentsInArgv', () => {
  it('finds scenario files on a first or second instance’s command line', () => {
    expect(
      documentsInArgv(['/opt/Yardstick/yardstick', 'plan.yardstick.json'], '/home/me'),
    ).toEqual(['/home/me/plan.yardstick.json']);
    expect(
      documentsInArgv(
        [
          '/opt/Yardstick/yardstick',
          '--allow-file-access-from-files',
          '/data/A.YARDSTICK.JSON',
          'notes.txt',
          '-psn_0_123',
        ],
        '/',
      ),
    ).toEqual(['/data/A.YARDSTICK.JSON']);
  });

  it('never takes the executable or a flag for a document', () => {
    expect(documentsInArgv(['x.yardstick.json'], '/')).toEqual([]);
    expect(documentsInArgv(['exe', '--file=x.yardstick.json'], '/')).toEqual([]);
  });
});

describe('commandLineArgs', () => {
  it('runs the command line only when asked with --cli, with everything after it', () => {
    expect(
      commandLineArgs([
        '/opt/Yardstick/yardstick',
        '--cli',
        'report',
        'a.yardstick.json',
        '-o',
        'a.pdf',
      ]),
    ).toEqual(['report', 'a.yardstick.json', '-o', 'a.pdf']);
    expect(commandLineArgs(['/opt/Yardstick/yardstick', 'a.yardstick.json'])).toBeNull();
  });
});
