/** The CRMs the content script runs on without being asked; other sites are enabled by the user. */
export const CRM_MATCH_PATTERNS = [
  // Salesforce Lightning and Classic
  'https://*.lightning.force.com/*',
  'https://*.my.salesforce.com/*',
  // HubSpot
  'https://app.hubspot.com/*',
  'https://app-eu1.hubspot.com/*',
  // Zoho CRM
  'https://crm.zoho.com/*',
  'https://crm.zoho.eu/*',
  'https://crm.zoho.in/*',
  'https://crm.zoho.com.au/*',
  // Pipedrive
  'https://*.pipedrive.com/*',
  // Freshsales
  'https://*.myfreshworks.com/*',
  // Zendesk
  'https://*.zendesk.com/*',
] as const;
