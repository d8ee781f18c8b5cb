import { expect, test } from '@playwright/test'

// Every authority picker is the home page's typo-tolerant combobox: a misspelt name, the arrow keys and Enter choose
// the authority, and the address and the page's headings follow.

const BARNSLEY = 'E08000016'
const PAGES = [
  {
    path: '/compare?indicator=cla_rate',
    label: 'Authority',
    title: 'Compare Barnsley – CSC Explorer',
    heading: /^Barnsley compared with Barnsley's DfE statistical neighbours/,
  },
  {
    path: '/deprivation?indicator=cpp_rate',
    label: 'Authority',
    title: 'Barnsley against deprivation – CSC Explorer',
    heading: /^Given its deprivation, Barnsley would be expected/,
  },
  {
    path: '/data',
    label: 'Authority (for region and neighbour groups)',
    title: 'Data – CSC Explorer',
    heading: /Barnsley and its statistical neighbours/,
  },
]

for (const { path, label, title, heading } of PAGES) {
  test(`${path.split('?')[0]}: "Barnsly" and the keyboard choose Barnsley, and the address and headings follow`, async ({
    page,
  }) => {
    await page.goto(path)
    const picker = page.getByRole('combobox', { name: label, exact: true })
    await expect(picker).toBeVisible({ timeout: 20_000 })
    await picker.click()
    await page.keyboard.type('Barnsly')
    const list = page.getByRole('listbox', { name: 'Authorities' })
    await expect(picker).toHaveAttribute('aria-expanded', 'true')
    await expect(list.getByRole('option').first()).toContainText('Barnsley')
    await page.keyboard.press('ArrowDown')
    const active = await picker.getAttribute('aria-activedescendant')
    await expect(page.locator(`[id="${active}"]`)).toHaveAttribute('aria-selected', 'true')
    await expect(page.locator(`[id="${active}"]`)).toContainText('Barnsley')
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL(new RegExp(`[?&]area=${BARNSLEY}(&|$)`))
    await expect(picker).toHaveValue('Barnsley')
    await expect(picker).toHaveAttribute('aria-expanded', 'false')
    await expect(picker).toBeFocused()
    await expect(page).toHaveTitle(title)
    const named = page.getByRole('heading', { name: heading }).or(page.getByText(heading))
    await expect(named.first()).toBeVisible({ timeout: 20_000 })
  })
}

test('an authority picker lists every authority by status when nothing is typed, and Escape puts the choice back', async ({
  page,
}) => {
  await page.goto(`/compare?area=${BARNSLEY}`)
  const picker = page.getByRole('combobox', { name: 'Authority', exact: true })
  await expect(picker).toHaveValue('Barnsley', { timeout: 20_000 })
  await picker.click()
  await page.keyboard.press('Control+a')
  await page.keyboard.press('Backspace')
  await page.keyboard.press('ArrowDown')
  const list = page.getByRole('listbox', { name: 'Authorities' })
  await expect(list.getByRole('group', { name: 'Current authorities' }).getByRole('option')).toHaveCount(153)
  await expect(list.getByRole('group', { name: 'Former authorities' })).toBeVisible()
  await page.keyboard.press('End')
  await expect(page.locator(`[id="${await picker.getAttribute('aria-activedescendant')}"]`)).toBeInViewport()
  await page.keyboard.press('Escape')
  await expect(picker).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Escape')
  await expect(picker).toHaveValue('Barnsley')
  await expect(page).toHaveURL(new RegExp(`area=${BARNSLEY}`))
})

test('the custom list adds an authority found by a misspelt name, and /data can clear its authority', async ({
  page,
}) => {
  await page.goto(`/compare?area=${BARNSLEY}&group=custom`)
  const add = page.getByRole('combobox', { name: /^Add an authority to your list/ })
  await add.fill('Sheffeild')
  await expect(page.getByRole('listbox', { name: 'Authorities' }).getByRole('option').first()).toContainText(
    'Sheffield',
  )
  await add.press('Enter')
  await expect(page).toHaveURL(/compare=E08000019/)
  // The box empties for the next one, and the list no longer offers what is already on it.
  await expect(add).toHaveValue('')
  await add.fill('Sheffield')
  await expect(page.getByRole('status').filter({ hasText: /match/ })).toHaveText(/match/)
  await expect(page.locator('#compare-add-list [role="option"]', { hasText: 'Sheffield' })).toHaveCount(0)

  await page.goto(`/data?area=${BARNSLEY}`)
  const picker = page.getByRole('combobox', { name: 'Authority (for region and neighbour groups)' })
  await expect(picker).toHaveValue('Barnsley')
  await page.getByRole('button', { name: 'Clear the authority' }).click()
  await expect(page).not.toHaveURL(/area=/)
  await expect(picker).toHaveValue('')
  await expect(page.getByText('Choose an authority to list its region or its neighbours.')).toBeVisible()
})
