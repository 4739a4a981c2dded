import { CRM_MATCH_PATTERNS } from '@/utils/sites/crm-sites';

export default defineContentScript({
  matches: [...CRM_MATCH_PATTERNS],
  allFrames: true,
  main() {},
});
