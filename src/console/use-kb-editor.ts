import { useEffect, useState } from 'preact/hooks';
import type { KbArticle, KbStatus } from '../shared/schemas/kb.js';
import type { Api, ApiError } from './api.js';

/** What the editor's form holds; empty strings stand for "none". */
export interface ArticleForm {
  title: string;
  bodyMd: string;
  category: string;
  locale: string;
  status: KbStatus;
  url: string;
}

const BLANK: ArticleForm = {
  title: '',
  bodyMd: '',
  category: '',
  locale: 'en',
  status: 'draft',
  url: '',
};

const formOf = (a: KbArticle): ArticleForm => ({
  title: a.title,
  bodyMd: a.bodyMd,
  category: a.category ?? '',
  locale: a.locale,
  status: a.status,
  url: a.url ?? '',
});

const same = (a: ArticleForm, b: ArticleForm) =>
  (Object.keys(a) as (keyof ArticleForm)[]).every((k) => a[k].trim() === b[k].trim());

/**
 * An article being edited: loads it, tracks unsaved changes, saves (refused by the server when
 * someone else saved a newer version first), restores a version and deletes. With no id, a new
 * article; after its first save the hook keeps it, so the address can change without a reload.
 */
export function useKbEditor(api: Api, articleId: string | undefined) {
  const [article, setArticle] = useState<KbArticle>();
  const [form, setForm] = useState<ArticleForm>(BLANK);
  const [loadError, setLoadError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | string>();
  const [notice, setNotice] = useState<string>();

  const adopt = (a: KbArticle) => {
    setArticle(a);
    setForm(formOf(a));
  };

  useEffect(() => {
    if (articleId === article?.id) return;
    setLoadError(undefined);
    if (!articleId) {
      setArticle(undefined);
      setForm(BLANK);
      return;
    }
    let current = true;
    setArticle(undefined);
    void api.get<KbArticle>(`/kb/articles/${articleId}`).then((result) => {
      if (!current) return;
      if (result.ok) adopt(result.data);
      else setLoadError(result.error);
    });
    return () => {
      current = false;
    };
  }, [api, articleId]);

  const dirty = !same(form, article ? formOf(article) : BLANK);
  const update = (patch: Partial<ArticleForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setNotice(undefined);
  };

  /** Runs one write; a success replaces the form with what the server stored. */
  const write = async (call: () => ReturnType<Api['post']>, done: (a: KbArticle) => string) => {
    setBusy(true);
    setError(undefined);
    setNotice(undefined);
    const result = await call();
    setBusy(false);
    if (!result.ok) return setError(result.error);
    const saved = result.data as KbArticle;
    adopt(saved);
    setNotice(done(saved));
    return saved;
  };

  const save = async () => {
    if (!form.title.trim()) return setError('Give the article a title.');
    const body = {
      title: form.title.trim(),
      bodyMd: form.bodyMd,
      category: form.category.trim() || null,
      locale: form.locale.trim(),
      status: form.status,
      url: form.url.trim() || null,
      ...(article ? { expectedVersion: article.version } : {}),
    };
    const path = article ? `/kb/articles/${article.id}` : '/kb/articles';
    return write(
      () => api.post(path, body),
      (a) => `Saved. ${a.status === 'published' ? 'Published' : 'Draft'}, version ${a.version}.`,
    );
  };

  const restore = (version: number) =>
    write(
      () =>
        api.post(`/kb/articles/${article!.id}/versions/${version}/restore`, {
          expectedVersion: article!.version,
        }),
      (a) =>
        a.version === article!.version
          ? `Version ${version} has the same text as the current one; nothing changed.`
          : `Version ${version} restored as version ${a.version}.`,
    );

  const remove = async () => {
    setBusy(true);
    const result = await api.del(`/kb/articles/${article!.id}`);
    setBusy(false);
    if (!result.ok) setError(result.error);
    return result.ok;
  };

  return { article, form, update, dirty, busy, error, notice, loadError, save, restore, remove };
}
