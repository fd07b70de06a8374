// data/site.json: how many stories and list pages the site has.
import type { SiteInfo } from '../../../contract/model.ts';
import { PAGE_SIZE, dataPaths } from '../../../config/data-paths.ts';
import type { DataEmitter } from './emitter.ts';

export const emitSite: DataEmitter = ({ corpus }, out) => {
  const { articles, files } = corpus;
  const site: SiteInfo = {
    total: articles.length,
    pageSize: PAGE_SIZE,
    pageCount: Math.max(1, Math.ceil(articles.length / PAGE_SIZE)),
    generatedFrom: files.length,
  };
  out.json(dataPaths.site(), site);
};
