#!/usr/bin/env python3
"""A supervisor in a real headless Chromium, driven by Selenium: signs in to Decorum's console,
waits on the queue for a held message to appear live (no reload), and approves it.

Prints READY once the queue is open, then APPROVED <id>; exits non-zero with the reason on failure.
"""
import argparse
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def stale(error: WebDriverException) -> bool:
    """An element the live feed replaced while it was used: Chrome says so in one of two ways."""
    return isinstance(error, StaleElementReferenceException) or "does not belong to the document" in str(error)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--name", required=True)
    parser.add_argument("--password", required=True)
    parser.add_argument("--text", required=True, help="words of the held message to wait for")
    parser.add_argument("--timeout", type=float, default=60)
    args = parser.parse_args()

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    try:
        wait = WebDriverWait(driver, args.timeout)
        driver.get(args.url + "/?status=pending")
        # Not signed in: the console sends the browser to its sign-in page.
        wait.until(EC.presence_of_element_located((By.ID, "login")))
        driver.find_element(By.ID, "name").send_keys(args.name)
        driver.find_element(By.ID, "password").send_keys(args.password)
        driver.find_element(By.CSS_SELECTOR, "#login button[type=submit], #login input[type=submit]").click()
        wait.until(EC.presence_of_element_located((By.ID, "queue")))
        marker = driver.execute_script("window.decorumMarker = 'same page'; return window.decorumMarker;")
        print("READY", flush=True)

        def held_row(d):
            try:
                for row in d.find_elements(By.CSS_SELECTOR, "#queue li[data-item-id]"):
                    if args.text in row.text:
                        return row
            except WebDriverException as error:
                if not stale(error):
                    raise
                # the live feed replaced a row while it was read: look again
            return False

        wait.until(held_row)
        # The row arrived on the page that was already open: nothing reloaded it.
        if driver.execute_script("return window.decorumMarker;") != marker:
            print("the queue was reloaded instead of updated live", flush=True)
            return 1

        # A second supervisor's queue, open beside: its tab counts follow the decision live.
        deciding = driver.current_window_handle
        driver.switch_to.new_window("tab")
        watching = driver.current_window_handle
        driver.get(args.url + "/?status=all")
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, 'body[data-live="on"] #queue')))
        driver.execute_script("window.decorumMarker = 'watching';")

        def count(status):
            return int(driver.find_element(
                By.CSS_SELECTOR, f'.tab[data-status="{status}"] .count').get_attribute("data-count"))

        before = {status: count(status) for status in ("pending", "approved", "all")}
        driver.switch_to.window(deciding)
        item = None
        deadline = time.monotonic() + args.timeout
        while item is None and time.monotonic() < deadline:
            try:
                row = wait.until(held_row)
                found = row.get_attribute("data-item-id")
                row.find_element(By.CSS_SELECTOR, "button[name=decision][value=approve]").click()
                item = found
            except WebDriverException as error:
                if not stale(error):
                    raise
                time.sleep(0.2)
        if item is None:
            print("the approve button could not be clicked", flush=True)
            return 1

        def decided(d):
            try:
                return not any(
                    r.get_attribute("data-item-id") == item and "status-pending" in (r.get_attribute("class") or "")
                    for r in d.find_elements(By.CSS_SELECTOR, "#queue li[data-item-id]"))
            except WebDriverException as error:
                if not stale(error):
                    raise
                return False

        wait.until(decided)
        print(f"APPROVED {item}", flush=True)

        driver.switch_to.window(watching)
        expected = {"pending": before["pending"] - 1, "approved": before["approved"] + 1, "all": before["all"]}
        try:
            wait.until(lambda d: {status: count(status) for status in expected} == expected)
        except Exception:  # noqa: BLE001 - said below with what was seen
            seen = {status: count(status) for status in expected}
            print(f"the other queue's tab counts did not follow: {before} -> {seen}", flush=True)
            return 1
        if driver.execute_script("return window.decorumMarker;") != "watching":
            print("the other queue was reloaded instead of updated live", flush=True)
            return 1
        print(f"COUNTS {before} -> {expected}", flush=True)
        return 0
    except Exception as error:  # noqa: BLE001 - the reason goes to the test's log
        print(f"FAILED {type(error).__name__}: {error}", flush=True)
        print(driver.page_source[:4000], flush=True)
        return 1
    finally:
        driver.quit()


if __name__ == "__main__":
    sys.exit(main())
