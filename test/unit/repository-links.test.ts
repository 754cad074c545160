import { describe, expect, it } from 'vitest';
import { emptyHandbook, type Facilitator } from '../../src/domain/handbook';
import { contentOfPage, repositoryLinks } from '../../src/domain/views/repository-links';

const handbook = {
  ...emptyHandbook(),
  facilitators: [
    { id: 'aoki-mai', source: { file: 'facilitators/aoki-mai.md', path: [] } } as unknown as Facilitator,
  ],
};
const repo = { url: 'https://git.example/org/handbook', branch: 'main' };

describe('the content behind a page', () => {
  it('is the entry file on an entry page and its sub-pages, the YAML list for departments and methods', () => {
    expect(contentOfPage('facilitators/aoki-mai/', handbook)).toEqual({
      collection: 'facilitators',
      file: 'facilitators/aoki-mai.md',
    });
    expect(contentOfPage('facilitators/aoki-mai/brief/', handbook)).toEqual({
      collection: 'facilitators',
      file: 'facilitators/aoki-mai.md',
    });
    expect(contentOfPage('methods/osm/', handbook)).toEqual({ collection: 'methods', file: 'methods.yaml' });
    expect(contentOfPage('facilitators/', handbook)).toEqual({ collection: 'facilitators' });
    expect(contentOfPage('', handbook)).toEqual({});
    expect(contentOfPage('directory/somu/', handbook)).toEqual({});
  });
});

describe('links to the repository', () => {
  it('edits the file and proposes a new one in its folder', () => {
    expect(repositoryLinks(repo, { collection: 'facilitators', file: 'facilitators/aoki-mai.md' })).toEqual({
      edit: {
        href: 'https://git.example/org/handbook/edit/main/content/facilitators/aoki-mai.md',
        label: 'このページを編集する',
      },
      propose: {
        href: 'https://git.example/org/handbook/new/main/content/facilitators',
        label: '新しいページを提案する',
      },
      guide: { href: 'https://git.example/org/handbook/blob/main/CONTRIBUTING.md', label: 'ページの書き方' },
    });
  });

  it('proposes additions to departments and methods in their YAML list, and sends other pages to the guide', () => {
    expect(repositoryLinks(repo, { collection: 'departments', file: 'departments.yaml' }).propose.href).toBe(
      'https://git.example/org/handbook/edit/main/content/departments.yaml',
    );
    const home = repositoryLinks(repo, {});
    expect(home.edit.href).toBe('https://git.example/org/handbook/tree/main/content');
    expect(home.propose.href).toBe(home.guide.href);
  });

  it('uses GitLab paths on a GitLab host', () => {
    expect(
      repositoryLinks(
        { url: 'https://gitlab.pref.example/org/handbook', branch: 'main' },
        { file: 'guides/x.mdx', collection: 'guides' },
      ).edit.href,
    ).toBe('https://gitlab.pref.example/org/handbook/-/edit/main/content/guides/x.mdx');
  });
});
